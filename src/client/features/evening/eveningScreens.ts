/**
 * The evening merge's screens, in the order the team works through them. Each screen's
 * owner adds its line here with its route in app/App.tsx (under `evening/`).
 */
export type EveningScreen = {
  /** The route under /engagements/:engagementId/evening/. */
  path: string;
  name: string;
  /** What the screen is for, in a sentence. */
  purpose: string;
};

export const eveningScreens: readonly EveningScreen[] = [
  {
    path: 'findings',
    name: 'Findings board',
    purpose:
      'Turn the day’s notes into findings per theme, strengths and areas for consideration, and merge duplicates.',
  },
  {
    path: 'coverage',
    name: 'Coverage',
    purpose: 'Where the evidence is thin, and the “still to cover” list every peer sees on Today.',
  },
  {
    path: 'recommendations',
    name: 'Recommendations',
    purpose: 'Presenting issues, wider strategy and quick wins, each resting on findings.',
  },
  {
    path: 'conflicts',
    name: 'Conflicts',
    purpose: 'Where two people changed the same thing at once: keep one value or write a merged one.',
  },
  {
    path: 'council-comments',
    name: 'Council comments',
    purpose: 'What the council said about the published presentation and letter: answer and close each comment.',
  },
];
