import { triangulate, type Triangulation } from '../../domain/findings/triangulation';
import { findingLanes, type Finding } from '../../domain/records/finding';
import type { FindingsReport } from './reportSchemas';
import type { EngagementEvidence } from './readEvidence';

export type TriangulatedFinding = { finding: Finding; triangulation: Triangulation };

const byPositionThenId = (a: { position: number; id: string }, b: { position: number; id: string }) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every finding (live ones: see readEvidence) with its triangulation, as the board shows them: by theme order,
 * strengths before areas for consideration, then by position (ties by id). Findings on a
 * theme that is gone come last.
 */
export function triangulateFindings(evidence: EngagementEvidence): TriangulatedFinding[] {
  const notes = new Map(evidence.notes.map((note) => [note.id, note]));
  const sessions = new Map(evidence.sessions.map((session) => [session.id, session]));
  const themeOrder = new Map([...evidence.themes].sort(byPositionThenId).map((theme, index) => [theme.id, index]));
  const rank = (finding: Finding) => themeOrder.get(finding.themeId) ?? themeOrder.size;
  return evidence.findings
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.themeId < b.themeId ? -1 : a.themeId > b.themeId ? 1 : 0) ||
        findingLanes.indexOf(a.lane) - findingLanes.indexOf(b.lane) ||
        byPositionThenId(a, b),
    )
    .map((finding) => ({ finding, triangulation: triangulate(finding, { notes, sessions }) }));
}

/** The JSON `admin findings --json` prints. */
export function findingsReport(rows: readonly TriangulatedFinding[]): FindingsReport {
  return {
    findings: rows.map(({ finding, triangulation }) => ({
      id: finding.id,
      themeId: finding.themeId,
      lane: finding.lane,
      status: finding.status,
      headline: finding.headline,
      noteIds: finding.noteIds,
      label: triangulation.label,
      mixedEvidence: triangulation.mixedEvidence,
      counts: triangulation.counts,
    })),
  };
}

/** The readable form: findings under their theme, each with its label, reasons and flags. */
export function findingsLines(rows: readonly TriangulatedFinding[], evidence: EngagementEvidence): string[] {
  if (rows.length === 0) return ['No findings yet.'];
  const themeNames = new Map(evidence.themes.map((theme) => [theme.id, theme.name]));
  const lines: string[] = [];
  let themeId: string | undefined;
  for (const { finding, triangulation } of rows) {
    if (finding.themeId !== themeId) {
      themeId = finding.themeId;
      if (lines.length > 0) lines.push('');
      lines.push(themeNames.get(themeId) ?? `(deleted theme ${themeId})`);
    }
    const { read, heard, seen, sessions, groups, peers } = triangulation.counts;
    lines.push(`  [${finding.lane}] ${finding.headline}  (${finding.id})`);
    lines.push(`    ${finding.status} · ${triangulation.label} · ${triangulation.reasons}`);
    lines.push(
      `    notes: read ${read}, heard ${heard}, seen ${seen} · sessions ${sessions} · groups ${groups} · peers ${peers}`,
    );
    if (triangulation.mixedEvidence) lines.push('    mixed evidence: a note points the other way');
    if (triangulation.warning) lines.push(`    warning: ${triangulation.warning}`);
  }
  return lines;
}
