import type { Mutation } from './protocol';

/** An edit the person just made, before it is numbered. */
export type PendingEdit = Pick<Mutation, 'op' | 'changes' | 'baseRevs' | 'editedAt'>;

/**
 * Folds a new edit into an outbox entry that no push has taken yet. Later values win;
 * each field keeps the base revision of its first unpushed edit, because that is the
 * version the person actually changed. An upsert after a delete revives the record.
 */
export function coalesce(waiting: Mutation, edit: PendingEdit): Mutation {
  const baseRevs = { ...edit.baseRevs, ...waiting.baseRevs };
  return {
    ...waiting,
    op: edit.op,
    changes: { ...waiting.changes, ...edit.changes },
    baseRevs,
    editedAt: edit.editedAt,
  };
}

/** Lays edits still waiting in the outbox over a record fresh from the server. */
export function withPendingEdits<T extends Record<string, unknown>>(
  pulled: T,
  pending: readonly Pick<Mutation, 'op' | 'changes' | 'editedAt'>[],
): T {
  let record: Record<string, unknown> = { ...pulled };
  for (const edit of pending) {
    record = { ...record, ...edit.changes, deleted: edit.op === 'delete', updatedAt: edit.editedAt };
  }
  return record as T;
}
