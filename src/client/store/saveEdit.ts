import { recordSchemas, type RecordOf, type RecordType } from '../../domain/records/recordTypes';
import { coalesce } from '../../domain/sync/coalesce';
import type { TriangulateDb } from './db';
import type { OutboxEntry } from './outboxEntry';
import { StoreError, toStoreError } from './storeError';

/** Fields a person can edit: everything but what sync owns. */
export type EditableFields<T extends RecordType> = Omit<RecordOf<T>, 'id' | 'engagementId' | 'rev' | 'updatedAt' | 'deleted'>;

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
      // 1. The identity holds the device's sequence counter; reading it here serialises tabs.
      const identity = await db.deviceIdentity.get(edit.engagementId);
      if (!identity) throw new StoreError('not_joined', 'This device has not joined the engagement.');
      const editedAt = new Date().toISOString();

      // 2. The new local record, checked against the shared schema before anything is written.
      const existing = await table.get(edit.recordId);
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

      // 3. The outbox entry: fold into the waiting one or take the next number.
      const baseRev = existing?.rev ?? 0;
      const baseRevs = Object.fromEntries(Object.keys(edit.changes).map((field) => [field, baseRev]));
      const pending = { op: edit.op, changes: edit.changes as Record<string, unknown>, baseRevs, editedAt };
      const waiting = await db.outbox
        .where('[engagementId+recordId]')
        .equals([edit.engagementId, edit.recordId])
        .filter((entry) => entry.state === 'waiting')
        .first();
      if (waiting) {
        await db.outbox.put({ ...coalesce(waiting, pending), engagementId: edit.engagementId, state: 'waiting' });
      } else {
        const entry: OutboxEntry = {
          ...pending,
          seq: identity.nextSeq,
          recordType: edit.recordType,
          recordId: edit.recordId,
          engagementId: edit.engagementId,
          state: 'waiting',
        };
        await db.outbox.add(entry);
        await db.deviceIdentity.update(edit.engagementId, { nextSeq: identity.nextSeq + 1 });
      }
      await table.put(parsed.data as RecordOf<T>);
      return parsed.data as RecordOf<T>;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
