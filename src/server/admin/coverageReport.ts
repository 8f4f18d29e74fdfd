import { coverage, type CoverageCellCount } from '../../domain/findings/coverage';
import type { EvidenceType } from '../../domain/records/note';
import type { StakeholderGroup } from '../../domain/records/session';
import type { CoverageReport } from './reportSchemas';
import type { EngagementEvidence } from './readEvidence';

/** The coverage grid from the server's copy, computed as the coverage screen computes it. */
export function coverageCells(evidence: EngagementEvidence): CoverageCellCount[] {
  return coverage({
    notes: evidence.notes,
    sessions: new Map(evidence.sessions.map((session) => [session.id, session])),
    themes: evidence.themes,
    scopeQuestions: evidence.scopeQuestions,
  });
}

function subjectOf(cell: CoverageCellCount): { themeId: string } | { scopeQuestionId: string } {
  if (cell.themeId !== null) return { themeId: cell.themeId };
  if (cell.scopeQuestionId !== null) return { scopeQuestionId: cell.scopeQuestionId };
  throw new Error('a coverage cell has a theme or a scope question');
}

function axisOf(cell: CoverageCellCount): { stakeholderGroup: StakeholderGroup } | { evidenceType: EvidenceType } {
  if (cell.stakeholderGroup !== null) return { stakeholderGroup: cell.stakeholderGroup };
  if (cell.evidenceType !== null) return { evidenceType: cell.evidenceType };
  throw new Error('a coverage cell has a stakeholder group or an evidence type');
}

/** The JSON `admin coverage --json` prints: each cell names only the keys that apply. */
export function coverageReport(cells: readonly CoverageCellCount[]): CoverageReport {
  return { cells: cells.map((cell) => ({ ...subjectOf(cell), ...axisOf(cell), notes: cell.notes })) };
}

const describeCell = (label: string, cell: CoverageCellCount) =>
  `${label} ${cell.notes}${cell.level === 'covered' ? '' : ` (${cell.level})`}`;

/** The readable form: per theme, then per scope question, a line by group and a line by type. */
export function coverageLines(cells: readonly CoverageCellCount[], evidence: EngagementEvidence): string[] {
  if (cells.length === 0) return ['No themes or scope questions yet.'];
  const names = new Map([
    ...evidence.themes.map((theme): [string, string] => [theme.id, `Theme: ${theme.name}`]),
    ...evidence.scopeQuestions.map((question): [string, string] => [question.id, `Scope question: ${question.text}`]),
  ]);
  const lines: string[] = ['Notes per cell: 0 is a gap, 1–2 thin, more covered.'];
  const subjects = new Map<string, CoverageCellCount[]>();
  for (const cell of cells) {
    const id = cell.themeId ?? cell.scopeQuestionId ?? '';
    subjects.set(id, [...(subjects.get(id) ?? []), cell]);
  }
  for (const [id, subjectCells] of subjects) {
    const groups = subjectCells.filter((cell) => cell.stakeholderGroup !== null);
    const types = subjectCells.filter((cell) => cell.evidenceType !== null);
    lines.push('', names.get(id) ?? id);
    lines.push(`  by group: ${groups.map((cell) => describeCell(cell.stakeholderGroup ?? '', cell)).join(', ')}`);
    lines.push(`  by type:  ${types.map((cell) => describeCell(cell.evidenceType ?? '', cell)).join(', ')}`);
  }
  return lines;
}
