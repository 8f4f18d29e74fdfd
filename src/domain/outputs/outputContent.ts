import { byPosition } from '../findings/ordering';
import type { Finding } from '../records/finding';
import type { OutputDraft } from '../records/outputDraft';
import type { SnapshotKind } from '../records/publishedSnapshot';
import { recommendationKinds, type Recommendation, type RecommendationKind } from '../records/recommendation';
import type { ScopeQuestion } from '../records/scopeQuestion';
import type { Theme } from '../records/theme';
import type { OutputSources } from './outputDocument';

/** A theme with its agreed findings, each lane in the team's order. */
export type ThemeFindings = { theme: Theme; strengths: Finding[]; areas: Finding[] };

/**
 * What an output says about the themes: live themes in their order, each with its live,
 * agreed findings by lane (position, then id). Proposed and dropped findings never appear;
 * a theme with no agreed finding is left out, as is a finding whose theme is deleted.
 */
export function agreedFindingsByTheme(sources: OutputSources): ThemeFindings[] {
  const agreed = sources.findings.filter((finding) => !finding.deleted && finding.status === 'agreed');
  return sources.themes
    .filter((theme) => !theme.deleted)
    .sort(byPosition)
    .map((theme) => {
      const lane = (name: Finding['lane']) =>
        agreed.filter((finding) => finding.themeId === theme.id && finding.lane === name).sort(byPosition);
      return { theme, strengths: lane('strength'), areas: lane('area for consideration') };
    })
    .filter((group) => group.strengths.length + group.areas.length > 0);
}

/** Live recommendations with words, grouped by kind in the usual order (kinds with none left out). */
export function recommendationsByKind(
  sources: OutputSources,
): { kind: RecommendationKind; recommendations: Recommendation[] }[] {
  const live = sources.recommendations.filter((item) => !item.deleted && item.text.trim() !== '');
  return recommendationKinds
    .map((kind) => ({ kind, recommendations: live.filter((item) => item.kind === kind).sort(byPosition) }))
    .filter((group) => group.recommendations.length > 0);
}

/** The council's live scope questions in their order. */
export function scopeQuestionsInOrder(sources: OutputSources): ScopeQuestion[] {
  return sources.scopeQuestions.filter((question) => !question.deleted).sort(byPosition);
}

/** The manager's words for this kind of output, if written and not deleted (a draft of the other kind is ignored). */
export function draftFor(sources: OutputSources, kind: SnapshotKind): OutputDraft | null {
  const draft = sources.draft;
  return draft && !draft.deleted && draft.kind === kind ? draft : null;
}
