import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * A range extractor for @tanstack/react-virtual: the rows near the viewport, plus the rows
 * at `pinned` (the one holding focus, a new note) wherever they are, so that what is being
 * typed in or just added is never unmounted by a scroll. Indices out of the list are ignored.
 */
export function keepingRows(pinned: readonly number[]): (range: Range) => number[] {
  return (range) => {
    const rows = defaultRangeExtractor(range);
    const first = rows[0] ?? 0;
    const last = rows.at(-1) ?? -1;
    const extra = pinned.filter((index) => index >= 0 && index < range.count && (index < first || index > last));
    return extra.length === 0 ? rows : [...new Set([...rows, ...extra])].sort((a, b) => a - b);
  };
}
