import type { Conflict } from '../records/conflict';
import type { Mutation } from './protocol';
import { unionResolved, withoutResolved } from './resolvedConflicts';
import { applySetChange, combineSetChanges, type SetChange } from './setChange';

/** An edit the person just made, before it is numbered; it settles no conflict unless it says so. */
export type PendingEdit = Pick<Mutation, 'op' | 'changes' | 'setChanges' | 'baseRevs' | 'editedAt'> &
  Partial<Pick<Mutation, 'resolvedConflicts'>>;

const noChange: SetChange = { add: [], remove: [] };

/**
 * Folds a new edit into an outbox entry that no push has taken yet. Later values win;
 * set changes combine; each field keeps the base revision of its first unpushed edit,
 * because that is the version the person actually changed; the conflicts either settles
 * are all settled. An upsert after a delete revives the record.
 */
export function coalesce(waiting: Mutation, edit: PendingEdit): Mutation {
  const setChanges: Mutation['setChanges'] = { ...waiting.setChanges };
  for (const [field, change] of Object.entries(edit.setChanges)) {
    setChanges[field] = combineSetChanges(waiting.setChanges[field] ?? noChange, change);
  }
  return {
    ...waiting,
    op: edit.op,
    changes: { ...waiting.changes, ...edit.changes },
    setChanges,
    baseRevs: { ...edit.baseRevs, ...waiting.baseRevs },
    editedAt: edit.editedAt,
    resolvedConflicts: unionResolved(waiting.resolvedConflicts, edit.resolvedConflicts ?? []),
  };
}

/** Lays edits still waiting in the outbox over a record fresh from the server. */
export function withPendingEdits<T extends Record<string, unknown>>(
  pulled: T,
  pending: readonly (Pick<Mutation, 'op' | 'changes' | 'setChanges' | 'editedAt'> &
    Partial<Pick<Mutation, 'resolvedConflicts'>>)[],
): T {
  let record: Record<string, unknown> = { ...pulled };
  for (const edit of pending) {
    record = { ...record, ...edit.changes, deleted: edit.op === 'delete', updatedAt: edit.editedAt };
    // Conflicts this device settled stay settled while its edit is on the way.
    if (edit.resolvedConflicts?.length && Array.isArray(record.conflicts)) {
      record.conflicts = withoutResolved(record.conflicts as Conflict[], edit.resolvedConflicts);
    }
    for (const [field, change] of Object.entries(edit.setChanges)) {
      const current = Array.isArray(record[field]) ? (record[field] as string[]) : [];
      record[field] = applySetChange(current, change);
    }
  }
  return record as T;
}
