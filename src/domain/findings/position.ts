/** Something placed in an order by a fractional `position`; ties go by `id`. */
export type Positioned = { id: string; position: number };

/** The order of a lane or list: by position, then by id, so every device sorts alike. */
export function byPosition(a: Positioned, b: Positioned): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Gap left between positions given at the ends, so a move there writes one record. */
const step = 1;

/**
 * A position between two neighbours (either may be missing: the start or end of the
 * list). Equal neighbours (a tie) give their shared position: the tie is then broken by id.
 */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as number) - step;
  if (after === undefined) return before + step;
  return before + (after - before) / 2;
}

/**
 * The position that puts `movingId` at `index` of `sorted` (a list already in order),
 * computed from its neighbours there once it is taken out of its old place.
 */
export function positionAt(sorted: readonly Positioned[], movingId: string, index: number): number {
  const others = sorted.filter((item) => item.id !== movingId);
  const at = Math.max(0, Math.min(index, others.length));
  return positionBetween(others[at - 1]?.position, others[at]?.position);
}

/** The position after every item of a list (a new item goes last). */
export function positionAfterAll(items: readonly Positioned[]): number {
  const last = items.reduce<number | undefined>(
    (max, item) => (max === undefined || item.position > max ? item.position : max),
    undefined,
  );
  return positionBetween(last, undefined);
}
