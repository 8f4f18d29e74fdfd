import { recordSchemas, type RecordOf, type RecordType } from '../../domain/records/recordTypes';
import { setFields } from '../../domain/records/setFields';
import { coalesce } from '../../domain/sync/coalesce';
import type { Mutation } from '../../domain/sync/protocol';
import { diffSet } from '../../domain/sync/setChange';
import type { TriangulateDb } from './db';
import type { OutboxEntry } from './outboxEntry';
import { StoreError, toStoreError } from './storeError';

/** Fields a person can edit: everything but what sync owns. */
export type EditableFields<T extends RecordType> = Omit<
  RecordOf<T>,
  'id' | 'engagementId' | 'rev' | 'updatedAt' | 'deleted' | 'conflicts'
>;

export type Edit<T extends RecordType> = {
  engagementId: string;
  recordType: T;
  recordId: string;
  op: 'upsert' | 'delete';
  changes: Partial<EditableFields<T>>;
};

/**
 * Writes one edit: the record and its outbox entry in ONE transaction, so a crash
 * leaves both or neither. Unpushed edits to a record fold into its waiting entry;
 * an entry a push has taken is frozen and the edit gets a new number.
 */
export async function saveEdit<T extends RecordType>(db: TriangulateDb, edit: Edit<T>): Promise<RecordOf<T>> {
  const table = db.recordTable(edit.recordType);
  try {
    return await db.transaction('rw', [table, db.outbox, db.deviceIdentity], async () => {
      // 1. Everything the edit builds on, requested at once (one round trip, not three):
      //    the device identity with its sequence counter — reading it inside this
      //    read-write transaction serialises tabs — the record, and its outbox entries.
      const [identity, existing, entries] = await Promise.all([
        db.deviceIdentity.get(edit.engagementId),
        table.get(edit.recordId),
        db.outbox.where('[engagementId+recordId]').equals([edit.engagementId, edit.recordId]).toArray(),
      ]);
      if (!identity) throw new StoreError('not_joined', 'This device has not joined the engagement.');
      const editedAt = new Date().toISOString();

      // 2. The new local record, checked against the shared schema before anything is written.
      const candidate = {
        ...existing,
        ...edit.changes,
        id: edit.recordId,
        engagementId: edit.engagementId,
        rev: existing?.rev ?? 0,
        updatedAt: editedAt,
        deleted: edit.op === 'delete',
      };
      const parsed = recordSchemas[edit.recordType].safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StoreError('invalid_record', issue?.message ?? 'Invalid record', issue?.path.join('.'));
      }
      const record = parsed.data as RecordOf<T>;

      // 3. The outbox entry folds into the waiting one or takes the next number; all
      //    writes go out together.
      const pending = toPendingEdit(edit, existing, editedAt);
      const waiting = entries.find((entry) => entry.state === 'waiting');
      const writes: Promise<unknown>[] = [table.put(record)];
      if (waiting) {
        writes.push(db.outbox.put({ ...coalesce(waiting, pending), engagementId: edit.engagementId, state: 'waiting' }));
      } else {
        const entry: OutboxEntry = {
          ...pending,
          seq: identity.nextSeq,
          recordType: edit.recordType,
          recordId: edit.recordId,
          engagementId: edit.engagementId,
          state: 'waiting',
        };
        writes.push(db.outbox.add(entry), db.deviceIdentity.update(edit.engagementId, { nextSeq: identity.nextSeq + 1 }));
      }
      await Promise.all(writes);
      return record;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * What the server needs to merge this edit: plain fields as values, set fields as adds
 * and removes, and for each the server revision this device had when it made the edit.
 */
function toPendingEdit<T extends RecordType>(
  edit: Edit<T>,
  existing: RecordOf<T> | undefined,
  editedAt: string,
): Pick<Mutation, 'op' | 'changes' | 'setChanges' | 'baseRevs' | 'editedAt'> {
  const sets = new Set(setFields[edit.recordType]);
  const before: Record<string, unknown> = existing ?? {};
  const changes: Mutation['changes'] = {};
  const setChanges: Mutation['setChanges'] = {};
  for (const [field, value] of Object.entries(edit.changes)) {
    if (!sets.has(field)) changes[field] = value;
    else {
      const old = Array.isArray(before[field]) ? (before[field] as string[]) : [];
      setChanges[field] = diffSet(old, Array.isArray(value) ? (value as string[]) : []);
    }
  }
  const baseRev = existing?.rev ?? 0;
  const edited = [...Object.keys(edit.changes), ...(edit.op === 'delete' ? ['deleted'] : [])];
  const baseRevs = Object.fromEntries(edited.map((field) => [field, baseRev]));
  return { op: edit.op, changes, setChanges, baseRevs, editedAt };
}
