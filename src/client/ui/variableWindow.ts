/**
 * Pure arithmetic of a list whose rows have different heights: where each row starts,
 * which rows are in or near the viewport, and the blank space that stands in for the
 * rows left out. Heights come from measurement, or an estimate until a row is measured.
 */

/** The mean of the measured heights: the best guess for rows not yet measured. */
export function estimateHeight(measured: Iterable<number>, fallback: number): number {
  let total = 0;
  let count = 0;
  for (const height of measured) {
    total += height;
    count += 1;
  }
  return count === 0 ? fallback : total / count;
}

/** offsets[i] is where row i starts; offsets[count] is the height of the whole list. */
export function rowOffsets(
  keys: readonly string[],
  heightOf: (key: string) => number | undefined,
  estimate: number,
): number[] {
  const offsets = new Array<number>(keys.length + 1);
  offsets[0] = 0;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] ?? '';
    offsets[index + 1] = (offsets[index] ?? 0) + (heightOf(key) ?? estimate);
  }
  return offsets;
}

/** The first row whose bottom is below `position` (binary search over the offsets). */
function rowAt(offsets: readonly number[], position: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle + 1] ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Rows [first, end) that meet the viewport, widened by `overscan` px each way so a quick
 * scroll, or Tab moving to the next row, finds it already rendered.
 */
export function variableRange(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): { first: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { first: 0, end: 0 };
  const first = Math.min(count - 1, rowAt(offsets, Math.max(0, scrollTop - overscan)));
  const bottom = scrollTop + Math.max(viewportHeight, 1) + overscan;
  let end = rowAt(offsets, bottom);
  // rowAt gives the row holding `bottom`: it is partly in view, so it is rendered too.
  end = Math.min(count, end + 1);
  return { first, end: Math.max(first + 1, end) };
}

export type PlannedRow = { index: number; gapBefore: number };

/**
 * The rows to render, in order: the window plus any pinned rows (the one holding focus,
 * a new note), each with the height of the rows left out just above it, and the height
 * of those left out after the last. Rows keep their true places in the scroll height.
 */
export function renderPlan(
  offsets: readonly number[],
  range: { first: number; end: number },
  pinned: readonly number[],
): { rows: PlannedRow[]; gapAfter: number } {
  const count = offsets.length - 1;
  const chosen = new Set<number>();
  for (let index = range.first; index < range.end; index += 1) chosen.add(index);
  for (const index of pinned) if (index >= 0 && index < count) chosen.add(index);
  const sorted = [...chosen].sort((a, b) => a - b);
  let nextTop = 0;
  const rows = sorted.map((index) => {
    const top = offsets[index] ?? 0;
    const row = { index, gapBefore: top - nextTop };
    nextTop = offsets[index + 1] ?? top;
    return row;
  });
  return { rows, gapAfter: (offsets[count] ?? 0) - nextTop };
}
