import type { CoverageCellCount } from '../../../domain/findings/coverage';
import { evidenceTypes } from '../../../domain/records/note';
import { stakeholderGroups } from '../../../domain/records/session';
import { columnWords, countWords } from '../../ui/coverageWords';

/** One row of the grid: a theme or a scope question, with its twelve cells. */
export type CoverageRow = { id: string; name: string; cells: readonly CoverageCellCount[] };

const columns = [...stakeholderGroups, ...evidenceTypes];

const cellOf = (row: CoverageRow, column: (typeof columns)[number]) =>
  row.cells.find((cell) => cell.stakeholderGroup === column || cell.evidenceType === column);

/**
 * Counts of live notes for each row against the nine stakeholder groups, then read, heard
 * and seen. A gap or thin cell says so in words ("0 — gap"), not only in colour.
 */
export function CoverageTable({ caption, rowHeading, rows }: { caption: string; rowHeading: string; rows: CoverageRow[] }) {
  if (rows.length === 0) return null;
  return (
    // Scrolls sideways on a narrow screen: focusable, and named by its caption, so a
    // keyboard can scroll it and a screen reader says what it is.
    <div className="coverage-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="coverage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {columnWords(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {columns.map((column) => {
                const cell = cellOf(row, column);
                return (
                  <td key={column} className={cell ? `coverage-cell coverage-cell--${cell.level}` : undefined}>
                    {cell ? countWords(cell) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
