import type { Finding } from '../records/finding';
import type { SnapshotBlock, SnapshotSection } from '../records/publishedSnapshot';
import { joinAsList } from './englishList';
import { whenOnSite } from './onSiteDates';
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
 * The summary letter in the usual structure (docs/outputs.md): introduction, summary, each
 * theme's strengths and areas for consideration, the recommendations by kind, next steps
 * and contacts. Theme and recommendation sections are `numbered`: their paragraphs are
 * numbered 1, 2, 3 … through the letter (letterParagraphNumbers). Sections with nothing to
 * say are left out.
 */
export function buildLetter(sources: OutputSources): OutputDocument {
  const { engagement } = sources;
  return {
    kind: 'summary letter',
    title: clampText(`${engagement.title}, ${engagement.council}: summary letter`, maxHeadingLength),
    body: { sections: withinSnapshotLimits(composeLetter(sources).sections) },
  };
}

/** The letter's sections with the checked texts in them (outputTexts reads the texts). */
export function composeLetter(sources: OutputSources): OutputPart {
  const draft = draftFor(sources, 'summary letter');
  const intro = draftPart(draft, 'introduction', 'Introduction');
  return joinParts([
    {
      sections: [introduction(sources, intro.sections[0]?.blocks ?? [])],
      texts: [...intro.texts, ...scopeQuestionTexts(scopeQuestionsInOrder(sources))],
    },
    { sections: [], texts: engagementTexts(sources.engagement) },
    draftPart(draft, 'summary', 'Summary'),
    ...agreedFindingsByTheme(sources).map(themeSections),
    recommendationsPart(sources, 'numbered paragraphs'),
    draftPart(draft, 'nextSteps', 'Next steps'),
    contactsPart(draft),
  ]);
}

/** The manager's introduction, then the facts: scope questions, the team by position, dates, what the team did. */
function introduction(sources: OutputSources, written: SnapshotBlock[]): SnapshotSection {
  const blocks = [...written];
  const questions = scopeQuestionsInOrder(sources).map((question) => question.text.trim());
  if (questions.length > 0) {
    blocks.push({ kind: 'paragraph', text: 'The council asked the peer challenge to consider:' });
    blocks.push({ kind: 'bullets', items: questions });
  }
  const team = teamByPosition(sources.members);
  if (team) blocks.push({ kind: 'paragraph', text: `The peer team was made up of ${team}.` });
  const { onSiteFrom, onSiteTo } = sources.engagement;
  blocks.push({ kind: 'paragraph', text: `The team was on site ${whenOnSite(onSiteFrom, onSiteTo)}.` });
  const activities = teamActivities(sources.sessions, sources.documentsRead);
  const people = peopleMetWords(activities);
  const documents = documentsReadWords(activities);
  const held = joinAsList(activities.sessions.map((entry) => entry.words));
  const did = [
    ...(held ? [`held ${held}`] : []),
    ...(documents ? [`read ${documents}`] : []),
    ...(people ? [`met ${people}`] : []),
  ];
  if (did.length > 0) {
    const [last, ...before] = [...did].reverse();
    const all = before.length === 0 ? last : `${before.reverse().join(', ')}, and ${last}`;
    blocks.push({ kind: 'paragraph', text: `During the peer challenge the team ${all}.` });
  }
  return { heading: 'Introduction', blocks };
}

/** A finding as a letter paragraph: its headline as the opening sentence, then its explanation. */
export function findingParagraph(finding: Pick<Finding, 'headline' | 'explanation'>): string {
  const headline = finding.headline.trim();
  const explanation = finding.explanation.trim();
  if (!headline || explanation.startsWith(headline)) return explanation || headline;
  if (!explanation) return headline;
  return `${/[.!?…]["'”’)]*$/.test(headline) ? headline : `${headline}.`} ${explanation}`;
}

/** A theme's strengths and its areas for consideration, one numbered section each. */
function themeSections({ theme, strengths, areas }: ThemeFindings): OutputPart {
  const lanes = [
    { findings: strengths, heading: headingWith(theme.name, 'strengths') },
    { findings: areas, heading: headingWith(theme.name, 'areas for consideration') },
  ]
    .map((lane) => ({ ...lane, findings: lane.findings.filter((finding) => findingParagraph(finding) !== '') }))
    .filter((lane) => lane.findings.length > 0);
  return {
    sections: lanes.map((lane): SnapshotSection => ({
      heading: lane.heading,
      numbered: true,
      blocks: lane.findings.map((finding) => ({ kind: 'paragraph', text: findingParagraph(finding) })),
    })),
    // The theme's name is in the headings of its sections, so it is checked when they are shown.
    texts: [
      ...(lanes.length > 0 ? [themeNameText(theme)] : []),
      ...lanes.flatMap((lane) =>
        lane.findings.flatMap((finding) =>
          (['headline', 'explanation'] as const)
            .filter((field) => finding[field].trim() !== '')
            .map((field): OutputText => ({ recordType: 'finding', recordId: finding.id, field, text: finding[field] })),
        ),
      ),
    ],
  };
}
