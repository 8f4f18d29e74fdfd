import type { AttributionHit } from '../../../domain/outputs/attributionCheck';
import type { PublishedTextHit } from '../../../domain/outputs/publicationCheck';
import type { SnapshotKind } from '../../../domain/records/publishedSnapshot';

/** The route segment of each output kind, under /engagements/:id/outputs/. */
export const kindPaths: Record<SnapshotKind, string> = { presentation: 'presentation', 'summary letter': 'letter' };

export function kindFromPath(path: string | undefined): SnapshotKind {
  return path === 'letter' ? 'summary letter' : 'presentation';
}

export const kindNames: Record<SnapshotKind, string> = {
  presentation: 'Presentation',
  'summary letter': 'Summary letter',
};

const draftFieldNames: Record<string, string> = {
  introduction: 'Introduction',
  summary: 'Summary',
  nextSteps: 'Next steps',
  contacts: 'Contacts',
};

/** Where a hit was found, in the manager's words: "Finding headline", "Your summary", "Scope question". */
export function whereFound(hit: Pick<AttributionHit, 'recordType' | 'field'>): string {
  switch (hit.recordType) {
    case 'finding':
      return hit.field === 'headline' ? 'Finding headline' : 'Finding explanation';
    case 'recommendation':
      return 'Recommendation';
    case 'outputDraft':
      return `Your ${(draftFieldNames[hit.field] ?? hit.field).toLowerCase()}`;
    case 'engagement':
      return hit.field === 'council' ? 'The council’s name' : 'The engagement’s title';
    case 'scopeQuestion':
      return 'Scope question';
    case 'theme':
      return 'Theme name';
  }
}

/**
 * Where a hit's words are edited when not in the check itself: the Setup section for the
 * engagement's details, scope questions and themes; null for findings, recommendations
 * (fixed in place) and the manager's own words (fixed in their box on this screen).
 */
export function setupSectionOf(hit: Pick<AttributionHit, 'recordType'>): string | null {
  switch (hit.recordType) {
    case 'engagement':
      return 'Engagement details';
    case 'scopeQuestion':
      return 'Scope questions';
    case 'theme':
      return 'Themes';
    default:
      return null;
  }
}

export const draftFieldName = (field: string): string => draftFieldNames[field] ?? field;

/** "1 flag", "3 flags" in words a screen reader says well. */
export function flagCount(count: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const number = words[count] ?? String(count);
  return `${number} ${count === 1 ? 'flag' : 'flags'}`;
}

/**
 * Why publishing stopped at the check of the text to publish: words in it (from a scope
 * question or a theme's name, which the check's list does not hold) that point at someone
 * and that no accepted flag covers. The first three are named.
 */
export function textHitsWords(hits: readonly PublishedTextHit[]): string {
  const named = hits
    .slice(0, 3)
    .map((hit) => `“${hit.text}” ${hit.heading === null ? 'in the title' : `under “${hit.heading}”`}`)
    .join(', ');
  const more = hits.length > 3 ? ` and ${hits.length - 3} more` : '';
  return `Not published: the text to publish points at someone where no flag was accepted: ${named}${more}. Change it where it comes from (a scope question or a theme’s name) and publish again.`;
}
