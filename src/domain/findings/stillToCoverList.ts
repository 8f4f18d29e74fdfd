import type { CoverageCell, StillToCover } from '../records/stillToCover';
import type { CoverageCellCount } from './coverage';

/**
 * A line of the "still to cover" list: a coverage cell (with the manager's record of it,
 * or none when the manager has not placed it yet) or a line of the manager's own words.
 */
export type StillToCoverLine =
  { kind: 'cell'; cell: CoverageCellCount; record: StillToCover | null } | { kind: 'text'; record: StillToCover };

const cellKey = (cell: CoverageCell) =>
  [cell.themeId, cell.scopeQuestionId, cell.stakeholderGroup, cell.evidenceType].map((part) => part ?? '').join('|');

const byPosition = (a: StillToCover, b: StillToCover) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The list the manager keeps each evening and every peer reads on Today: first the
 * manager's lines in the manager's order (position, ties by id), free text and cells
 * alike, each cell with today's count whatever its level and whether ticked done or not;
 * then every gap and thin cell the manager has not placed, in coverage order. A line about
 * a cell whose theme or scope question is gone is left out; deleted lines too.
 */
export function stillToCoverList(input: {
  cells: readonly CoverageCellCount[];
  records: readonly StillToCover[];
}): StillToCoverLine[] {
  const cells = new Map(input.cells.map((cell) => [cellKey(cell), cell]));
  const placed = new Set<string>();
  const lines: StillToCoverLine[] = [];
  for (const record of input.records.filter((candidate) => !candidate.deleted).sort(byPosition)) {
    if (record.cell === null) {
      lines.push({ kind: 'text', record });
      continue;
    }
    const key = cellKey(record.cell);
    const cell = cells.get(key);
    if (!cell) continue;
    placed.add(key);
    lines.push({ kind: 'cell', cell, record });
  }
  for (const cell of input.cells) {
    if (cell.level !== 'covered' && !placed.has(cellKey(cell))) lines.push({ kind: 'cell', cell, record: null });
  }
  return lines;
}

/**
 * What peers read on Today the next morning: the manager's lines not yet done, in the
 * manager's order, without recounting notes (Today opens at every start, and counting
 * every note there would slow it). A line about a theme or scope question that is gone is
 * left out, as on the Coverage screen.
 */
export function openLinesForToday(
  records: readonly StillToCover[],
  liveSubjectIds: ReadonlySet<string>,
): StillToCover[] {
  return records
    .filter((record) => !record.deleted && !record.done)
    .filter(
      (record) => record.cell === null || liveSubjectIds.has(record.cell.themeId ?? record.cell.scopeQuestionId ?? ''),
    )
    .sort(byPosition);
}
