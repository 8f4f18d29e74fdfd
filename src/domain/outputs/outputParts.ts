import type { Engagement } from '../records/engagement';
import type { OutputDraft } from '../records/outputDraft';
import type { SnapshotSection } from '../records/publishedSnapshot';
import type { RecommendationKind } from '../records/recommendation';
import type { ScopeQuestion } from '../records/scopeQuestion';
import type { Theme } from '../records/theme';
import { draftBlocks } from './draftBlocks';
import { recommendationsByKind } from './outputContent';
import type { OutputSources, OutputText } from './outputDocument';

/** Sections of an output with every checked text that went into them, built together so neither can miss one. */
export type OutputPart = { sections: SnapshotSection[]; texts: OutputText[] };

/** Parts put one after another. */
export function joinParts(parts: readonly OutputPart[]): OutputPart {
  return { sections: parts.flatMap((part) => part.sections), texts: parts.flatMap((part) => part.texts) };
}

/** The engagement's own words an output shows (its title and council), as checked texts. */
export function engagementTexts(engagement: Engagement): OutputText[] {
  return (['title', 'council'] as const).map((field): OutputText => ({
    recordType: 'engagement',
    recordId: engagement.id,
    field,
    text: engagement[field],
  }));
}

/** The scope questions an output shows, as checked texts: the council's words, but they may name a person. */
export function scopeQuestionTexts(questions: readonly ScopeQuestion[]): OutputText[] {
  return questions.map((question) => ({
    recordType: 'scopeQuestion',
    recordId: question.id,
    field: 'text',
    text: question.text,
  }));
}

/** A theme's name, shown in its headings, as a checked text. */
export function themeNameText(theme: Theme): OutputText {
  return { recordType: 'theme', recordId: theme.id, field: 'name', text: theme.name };
}

/**
 * One of the manager's texts (introduction, summary, next steps) as a section under
 * `heading`; nothing when it is not written. Contacts go through `contactsPart`: they name
 * the adviser on purpose and are not checked.
 */
export function draftPart(
  draft: OutputDraft | null,
  field: 'introduction' | 'summary' | 'nextSteps',
  heading: string,
): OutputPart {
  const blocks = draft ? draftBlocks(draft[field]) : [];
  if (!draft || blocks.length === 0) return { sections: [], texts: [] };
  return {
    sections: [{ heading, blocks }],
    texts: [{ recordType: 'outputDraft', recordId: draft.id, field, text: draft[field] }],
  };
}

/**
 * The adviser's contact details, their own section; deliberately not among the checked
 * texts, and marked `contacts` so the check of a published text skips exactly this section.
 */
export function contactsPart(draft: OutputDraft | null): OutputPart {
  const blocks = draft ? draftBlocks(draft.contacts) : [];
  return { sections: blocks.length > 0 ? [{ heading: 'Contacts', blocks, contacts: true }] : [], texts: [] };
}

const recommendationHeadings: Record<RecommendationKind, string> = {
  'presenting issue': 'Recommendations: presenting issue',
  'wider strategy': 'Recommendations: wider strategy',
  'quick win': 'Recommendations: quick wins',
};

/**
 * The recommendations, one section per kind (presenting issue, wider strategy, quick wins),
 * as a list on a slide or as numbered paragraphs in the letter. No recommendations, no sections.
 */
export function recommendationsPart(sources: OutputSources, style: 'list' | 'numbered paragraphs'): OutputPart {
  const groups = recommendationsByKind(sources);
  return {
    sections: groups.map(({ kind, recommendations }): SnapshotSection => {
      const texts = recommendations.map((item) => item.text.trim());
      const heading = recommendationHeadings[kind];
      return style === 'list'
        ? { heading, blocks: [{ kind: 'bullets', items: texts }] }
        : { heading, numbered: true, blocks: texts.map((text) => ({ kind: 'paragraph', text })) };
    }),
    texts: groups.flatMap(({ recommendations }) =>
      recommendations.map((item): OutputText => ({
        recordType: 'recommendation',
        recordId: item.id,
        field: 'text',
        text: item.text,
      })),
    ),
  };
}
