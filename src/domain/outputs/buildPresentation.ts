import type { SnapshotBlock } from '../records/publishedSnapshot';
import { capitalise } from './englishList';
import { onSiteDates } from './onSiteDates';
import type { OutputDocument, OutputSources, OutputText } from './outputDocument';
import { agreedFindingsByTheme, draftFor, scopeQuestionsInOrder, type ThemeFindings } from './outputContent';
import {
  contactsPart,
  draftPart,
  engagementTexts,
  joinParts,
  recommendationsPart,
  scopeQuestionTexts,
  themeNameText,
  type OutputPart,
} from './outputParts';
import { clampText, headingWith, maxHeadingLength, withinSnapshotLimits } from './snapshotLimits';
import { documentsReadWords, peopleMetWords, teamActivities } from './teamActivities';
import { teamByPosition } from './teamByPosition';

/**
 * The feedback presentation, section by section (one section is one slide before fitting;
 * docs/outputs.md): the title slide, introduction, scope, what the team did, summary, each
 * theme's key strengths and areas for consideration, the recommendations by kind, next
 * steps and contacts. Sections with nothing to say are left out (the title slide never is).
 */
export function buildPresentation(sources: OutputSources): OutputDocument {
  const { engagement } = sources;
  return {
    kind: 'presentation',
    title: clampText(`${engagement.title}, ${engagement.council}: feedback presentation`, maxHeadingLength),
    body: { sections: withinSnapshotLimits(composePresentation(sources).sections) },
  };
}

/** The presentation's sections with the checked texts in them (outputTexts reads the texts). */
export function composePresentation(sources: OutputSources): OutputPart {
  const draft = draftFor(sources, 'presentation');
  return joinParts([
    titleSlide(sources),
    draftPart(draft, 'introduction', 'Introduction'),
    scopeSlide(sources),
    activitiesSlide(sources),
    draftPart(draft, 'summary', 'Summary'),
    ...agreedFindingsByTheme(sources).map(themeSlides),
    recommendationsPart(sources, 'list'),
    draftPart(draft, 'nextSteps', 'Next steps'),
    contactsPart(draft),
  ]);
}

/** Title, council, dates and the team by position: never a name. */
function titleSlide({ engagement, members }: OutputSources): OutputPart {
  const team = teamByPosition(members);
  const blocks: SnapshotBlock[] = [
    { kind: 'paragraph', text: engagement.council },
    { kind: 'paragraph', text: onSiteDates(engagement.onSiteFrom, engagement.onSiteTo) },
  ];
  if (team) blocks.push({ kind: 'paragraph', text: `The team: ${team}` });
  return { sections: [{ heading: engagement.title, blocks }], texts: engagementTexts(engagement) };
}

/** The council's scope questions, as the council asked them. */
function scopeSlide(sources: OutputSources): OutputPart {
  const questions = scopeQuestionsInOrder(sources);
  if (questions.length === 0) return { sections: [], texts: [] };
  const items = questions.map((question) => question.text.trim());
  return {
    sections: [{ heading: 'Scope', blocks: [{ kind: 'bullets', items }] }],
    texts: scopeQuestionTexts(questions),
  };
}

/** Counts of sessions by kind and of people met: counts, never who or which session. */
function activitiesSlide({ sessions, documentsRead }: OutputSources): OutputPart {
  const activities = teamActivities(sessions, documentsRead);
  const people = peopleMetWords(activities);
  const documents = documentsReadWords(activities);
  const items = [
    ...activities.sessions.map((entry) => entry.words),
    ...(documents ? [`${documents} read`] : []),
    ...(people ? [capitalise(`${people} met`)] : []),
  ];
  if (items.length === 0) return { sections: [], texts: [] };
  return { sections: [{ heading: 'What the team did', blocks: [{ kind: 'bullets', items }] }], texts: [] };
}

/** A theme's key strengths and its areas for consideration, one slide each, headlines as bullets. */
function themeSlides({ theme, strengths, areas }: ThemeFindings): OutputPart {
  const lanes = [
    { findings: strengths, heading: headingWith(theme.name, 'key strengths') },
    { findings: areas, heading: headingWith(theme.name, 'areas for consideration') },
  ].filter((lane) => lane.findings.length > 0);
  const bullets = lanes.map((lane) => ({
    heading: lane.heading,
    shown: lane.findings
      .map((finding) => {
        // A finding without a headline shows its explanation, and that is the text checked.
        const field = finding.headline.trim() ? ('headline' as const) : ('explanation' as const);
        return { finding, field, text: finding[field].trim() };
      })
      .filter((entry) => entry.text !== ''),
  }));
  const shown = bullets.filter((lane) => lane.shown.length > 0);
  return {
    sections: shown.map((lane) => ({
      heading: lane.heading,
      blocks: [{ kind: 'bullets', items: lane.shown.map((e) => e.text) }],
    })),
    // The theme's name is in the headings of its slides, so it is checked when they are shown.
    texts: [
      ...(shown.length > 0 ? [themeNameText(theme)] : []),
      ...shown.flatMap((lane) =>
        lane.shown.map((entry): OutputText => ({
          recordType: 'finding',
          recordId: entry.finding.id,
          field: entry.field,
          text: entry.finding[entry.field],
        })),
      ),
    ],
  };
}
