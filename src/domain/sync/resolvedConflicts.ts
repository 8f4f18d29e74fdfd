import type { Conflict } from '../records/conflict';
import type { ResolvedConflict } from './protocol';

/** A conflict is named by its field and the change number it arrived at. */
const nameOf = (conflict: Pick<Conflict, 'field' | 'rev'>) => `${conflict.rev}:${conflict.field}`;

/** The conflicts left once those named are settled: exactly those go, nothing else. */
export function withoutResolved<C extends Pick<Conflict, 'field' | 'rev'>>(
  conflicts: readonly C[],
  resolved: readonly ResolvedConflict[],
): C[] {
  if (resolved.length === 0) return [...conflicts];
  const settled = new Set(resolved.map(nameOf));
  return conflicts.filter((conflict) => !settled.has(nameOf(conflict)));
}

/** Both lists of settled conflicts, each conflict once: what two folded edits settle. */
export function unionResolved(
  first: readonly ResolvedConflict[],
  second: readonly ResolvedConflict[],
): ResolvedConflict[] {
  const seen = new Set(first.map(nameOf));
  return [...first, ...second.filter((conflict) => !seen.has(nameOf(conflict)))];
}
