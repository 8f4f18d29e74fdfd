/** What one edit did to a set field: the members it added and the ones it removed. */
export type SetChange = { add: string[]; remove: string[] };

/** The change that turns `before` into `after`. */
export function diffSet(before: readonly string[], after: readonly string[]): SetChange {
  const old = new Set(before);
  const next = new Set(after);
  return { add: after.filter((item) => !old.has(item)), remove: before.filter((item) => !next.has(item)) };
}

/** Applies a set change, keeping the order of what was there and appending what was added. */
export function applySetChange(current: readonly string[], change: SetChange): string[] {
  const removed = new Set(change.remove);
  const kept = current.filter((item) => !removed.has(item));
  const present = new Set(kept);
  return [...kept, ...change.add.filter((item) => !present.has(item) && !removed.has(item))];
}

/** One change equal to applying `first` then `second`. */
export function combineSetChanges(first: SetChange, second: SetChange): SetChange {
  const secondAdds = new Set(second.add);
  const secondRemoves = new Set(second.remove);
  return {
    add: [
      ...first.add.filter((item) => !secondRemoves.has(item)),
      ...second.add.filter((item) => !first.add.includes(item)),
    ],
    remove: [
      ...first.remove.filter((item) => !secondAdds.has(item)),
      ...second.remove.filter((item) => !first.remove.includes(item)),
    ],
  };
}
