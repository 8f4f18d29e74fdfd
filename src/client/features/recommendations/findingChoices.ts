import { byPosition } from '../../../domain/findings/ordering';
import { findingLanes, type Finding } from '../../../domain/records/finding';
import type { Theme } from '../../../domain/records/theme';

/** Findings of one theme, in the board's order: strengths first, then by position. */
export type FindingGroup = { themeId: string; themeName: string; findings: Finding[] };

const laneOrder = (finding: Finding) => findingLanes.indexOf(finding.lane);
const boardOrder = (a: Finding, b: Finding) => laneOrder(a) - laneOrder(b) || byPosition(a, b);

/** The name shown for a finding's theme; a theme removed from setup still gets words. */
export function themeNameOf(themes: readonly Theme[], themeId: string): string {
  return themes.find((theme) => theme.id === themeId)?.name ?? 'A theme no longer in the list';
}

/**
 * Findings grouped by theme in the engagement's theme order (themes since removed last),
 * each group in the board's order; only the themes that have any.
 */
export function groupFindings(findings: readonly Finding[], themes: readonly Theme[]): FindingGroup[] {
  const byTheme = new Map<string, Finding[]>();
  for (const finding of findings) byTheme.set(finding.themeId, [...(byTheme.get(finding.themeId) ?? []), finding]);
  const known = themes.map((theme) => theme.id);
  const removed = [...byTheme.keys()].filter((id) => !known.includes(id)).sort();
  return [...known, ...removed].flatMap((themeId) => {
    const group = byTheme.get(themeId);
    return group ? [{ themeId, themeName: themeNameOf(themes, themeId), findings: group.sort(boardOrder) }] : [];
  });
}

/** What the picker offers: findings not already linked and not dropped, of the chosen theme (or all). */
export function findingsToOffer(
  findings: readonly Finding[],
  linkedIds: readonly string[],
  themeId: string,
): Finding[] {
  const linked = new Set(linkedIds);
  return findings.filter(
    (finding) =>
      !linked.has(finding.id) && finding.status !== 'dropped' && (themeId === '' || finding.themeId === themeId),
  );
}
