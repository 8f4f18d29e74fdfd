/**
 * The order the team chooses for findings within a lane and recommendations within a
 * kind: a fractional `position`, ties by id, so every device (and the admin command
 * line) agrees on one order and a move usually writes one record.
 */
export type Positioned = { id: string; position: number };

/** A record's new position, as one edit. */
export type PositionChange = { id: string; position: number };

/** By position, ties by id compared by code point (the same on every device and locale). */
export function byPosition(a: Positioned, b: Positioned): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The position of a record added after every other one. */
export function positionAtEnd(items: readonly Positioned[]): number {
  return items.reduce((last, item) => Math.max(last, item.position + 1), 0);
}

/**
 * The edits that move `id` one place up (-1) or down (+1) among `items`. One edit when a
 * number fits strictly between its new neighbours; otherwise (neighbours tie, or halving
 * ran out of precision) the whole list is renumbered 0, 1, 2… and only the records whose
 * number changes are edited. Nothing when it is already first or last, or not there.
 */
export function moveOnePlace(items: readonly Positioned[], id: string, direction: -1 | 1): PositionChange[] {
  const order = [...items].sort(byPosition);
  const from = order.findIndex((item) => item.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= order.length) return [];
  const [moved] = order.splice(from, 1);
  if (!moved) return [];
  order.splice(to, 0, moved);
  const position = between(order[to - 1]?.position, order[to + 1]?.position);
  if (position !== undefined) return [{ id, position }];
  return order.flatMap((item, index) => (item.position === index ? [] : [{ id: item.id, position: index }]));
}

/** A number strictly between two neighbours' positions (either may be missing), if one fits. */
function between(low: number | undefined, high: number | undefined): number | undefined {
  if (low === undefined) return high === undefined ? 0 : high - 1;
  if (high === undefined) return low + 1;
  const middle = low + (high - low) / 2;
  return low < middle && middle < high ? middle : undefined;
}
