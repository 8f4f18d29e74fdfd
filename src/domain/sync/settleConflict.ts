import type { Conflict } from '../records/conflict';
import type { ResolvedConflict } from './protocol';
import { applySetChange, type SetChange } from './setChange';

/** How the challenge manager settles a field's conflicts. */
export type Settlement =
  /** The record's current value stays. */
  | { kind: 'keep' }
  /** A losing value, or a value the manager wrote, replaces the current one. */
  | { kind: 'replace'; value: unknown }
  /** A losing change to a set (ids added and removed) is applied to the current set. */
  | { kind: 'apply set change'; change: SetChange };

/** The one edit that settles conflicts: what it changes and the conflicts it names. */
export type SettlingEdit = {
  op: 'upsert' | 'delete';
  changes: Record<string, unknown>;
  resolvedConflicts: ResolvedConflict[];
};

/**
 * The edit that settles `conflicts` (all on `field` of `record`) as chosen. A "deleted"
 * conflict is a delete that lost to an edit (or the reverse): replacing it deletes or
 * revives the record; otherwise the record stays as deleted or live as it is.
 */
export function settleConflict(
  record: { deleted: boolean } & Record<string, unknown>,
  field: string,
  conflicts: readonly Pick<Conflict, 'field' | 'rev'>[],
  settlement: Settlement,
): SettlingEdit {
  const resolvedConflicts = conflicts.map(({ field: named, rev }) => ({ field: named, rev }));
  const stays: SettlingEdit['op'] = record.deleted ? 'delete' : 'upsert';
  if (settlement.kind === 'keep') return { op: stays, changes: {}, resolvedConflicts };
  if (field === 'deleted') {
    const op = settlement.kind === 'replace' && settlement.value === true ? 'delete' : 'upsert';
    return { op, changes: {}, resolvedConflicts };
  }
  if (settlement.kind === 'apply set change') {
    const current = Array.isArray(record[field]) ? (record[field] as string[]) : [];
    return { op: stays, changes: { [field]: applySetChange(current, settlement.change) }, resolvedConflicts };
  }
  return { op: stays, changes: { [field]: settlement.value }, resolvedConflicts };
}

/** The value of a set conflict ({add, remove}), or null when the conflict is a plain value. */
export function setChangeOf(value: unknown): SetChange | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { add, remove } = value as Record<string, unknown>;
  const ids = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return ids(add) && ids(remove) ? { add: add as string[], remove: remove as string[] } : null;
}
