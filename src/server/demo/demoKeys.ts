import type { EvidenceType, Stance } from '../../domain/records/note';

/**
 * Short names the demo data uses for the things it links, so the data files read as data
 * and never carry ids: the builder (demoEvening.ts) turns each into the record's UUID.
 */
export const demoAuthors = ['manager', 'lead peer', 'officer peer'] as const;
export type DemoAuthor = (typeof demoAuthors)[number];

/** The adult social care template's themes, in its order (themeTemplates.ts). */
export const demoThemeKeys = ['vision', 'together', 'workforce', 'delivery', 'commissioning'] as const;
export type DemoThemeKey = (typeof demoThemeKeys)[number];

/** The demo's scope questions, numbered as peers see them (1 and 2). */
export const demoQuestions = [1, 2] as const;
export type DemoQuestion = (typeof demoQuestions)[number];

/** Sessions of the two days already on site, the ones with notes. */
export type DemoSessionKey =
  | 'reading-day-1'
  | 'cabinet-member'
  | 'director'
  | 'social-workers'
  | 'head-of-commissioning'
  | 'reablement-visit'
  | 'team-managers'
  | 'nhs-discharge'
  | 'front-door'
  | 'carers'
  | 'voluntary-sector'
  | 'people-who-use-services'
  | 'scrutiny'
  | 'reading-day-2'
  | 'extra-care-visit';

/** One note as a peer wrote it. `key` only on notes a finding cites. */
export type DemoNote = {
  key?: string;
  at: DemoSessionKey;
  by: DemoAuthor;
  type: EvidenceType;
  stance: Stance;
  themes: DemoThemeKey[];
  questions?: DemoQuestion[];
  text: string;
  quote?: true;
  /** The document a "read" note refers to. */
  doc?: string;
};
