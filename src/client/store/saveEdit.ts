import Dexie, { type Table } from 'dexie';
import { recordSchemas, type RecordOf, type RecordType } from '../../domain/records/recordTypes';
import { setFields } from '../../domain/records/setFields';
import { coalesce } from '../../domain/sync/coalesce';
import { withoutResolved } from '../../domain/sync/resolvedConflicts';
import type { Mutation, ResolvedConflict } from '../../domain/sync/protocol';
import { sameJson } from '../../domain/sync/sameJson';
import { diffSet } from '../../domain/sync/setChange';
import type { TriangulateDb } from './db';
import { isErasedRow, storedRowCount } from './erasedRecords';
import type { LastWrite } from './lastWrites';
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
  /**
   * The conflicts this edit settles (the manager kept one value or wrote a merged one):
   * they leave the record here at once, and on the server when the edit arrives.
   */
  resolvedConflicts?: ResolvedConflict[];
  /**
   * The whole record, should it not be stored: a new note drawn at the tap whose first
   * write failed (a full device) is written whole by its next edit, the edit's changes
   * over these. Unused when the record is stored.
   */
  orCreate?: Partial<EditableFields<T>>;
};

/**
 * Writes one edit: the record and its outbox entry in ONE transaction, so a crash
 * leaves both or neither. Unpushed edits to a record fold into its waiting entry;
 * an entry a push has taken is frozen and the edit gets a new number.
 *
 * While a person types, each keystroke is an edit of the same record: when this tab
 * knows what its last edit stored, the next one is written at once, checked in the same
 * transaction (one round trip instead of a read and then the writes). See lastWrites.ts.
 */
export async function saveEdit<T extends RecordType>(
  db: TriangulateDb,
  edit: Edit<T>,
  /** Tables whose writes asked for after this call must commit after it (a new note's typing journal). */
  holding: Table[] = [],
): Promise<RecordOf<T>> {
  // Inside a caller's transaction an abort would end the caller's transaction too, so
  // there the edit always reads first.
  const known = Dexie.currentTransaction ? undefined : db.lastWrites.get(edit.recordType, edit.recordId);
  db.lastWrites.forget(edit.recordType, edit.recordId);
  try {
    if (known) {
      const saved = await saveOverLastWrite(db, edit, known);
      if (saved) return saved;
    }
    return await saveReadingFirst(db, edit, holding);
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Thrown inside the transaction to abort it when the record or its entry moved on. */
class MovedOn extends Error {}

/** The write built on what this tab last stored; undefined (nothing written) when that moved on. */
async function saveOverLastWrite<T extends RecordType>(
  db: TriangulateDb,
  edit: Edit<T>,
  known: LastWrite,
): Promise<RecordOf<T> | undefined> {
  const table = db.recordTable(edit.recordType);
  const existing = known.record as RecordOf<T>;
  const editedAt = new Date().toISOString();
  const record = checkedRecord(edit, existing, editedAt);
  const entry: OutboxEntry = {
    ...coalesce(known.entry, toPendingEdit(edit, existing, editedAt)),
    engagementId: edit.engagementId,
    state: 'waiting',
  };
  try {
    await db.transaction('rw', [table, db.outbox], () => {
      // Requests run in the order made: the reads see the state before the puts.
      const unchanged = Promise.all([
        table.get(edit.recordId),
        db.outbox.get([edit.engagementId, known.entry.seq]),
      ]).then(([storedRecord, storedEntry]) => {
        if (!sameJson(storedRecord, known.record) || !sameJson(storedEntry, known.entry)) throw new MovedOn();
      });
      return Promise.all([unchanged, table.put(record), db.outbox.put(entry)]);
    });
  } catch (error) {
    if (error instanceof MovedOn) return undefined;
    throw error;
  }
  db.lastWrites.remember(edit.recordType, edit.recordId, { record, entry });
  return record;
}

/** The write that first reads the device identity, the record and its outbox entries. */
async function saveReadingFirst<T extends RecordType>(
  db: TriangulateDb,
  edit: Edit<T>,
  holding: Table[],
): Promise<RecordOf<T>> {
  const table = db.recordTable(edit.recordType);
  const written = await db.transaction('rw', [table, db.outbox, db.deviceIdentity, ...holding], async () => {
    // 1. Everything the edit builds on, requested at once (one round trip, not four):
    //    the device identity with its sequence counter — reading it inside this
    //    read-write transaction serialises tabs — the record, its outbox entries, and
    //    the rows stored under its key (an erased tombstone, which reads leave out).
    const [identity, existing, entries, storedRows] = await Promise.all([
      db.deviceIdentity.get(edit.engagementId),
      table.get(edit.recordId),
      db.outbox.where('[engagementId+recordId]').equals([edit.engagementId, edit.recordId]).toArray(),
      storedRowCount(db, edit.recordType, edit.recordId),
    ]);
    if (!identity) throw new StoreError('not_joined', 'This device has not joined the engagement.');
    // An erased record is never written again (nor sent): an editor still open on it finds out here.
    if (!existing && isErasedRow(db, edit.recordType, edit.recordId, storedRows)) {
      throw new StoreError('erased', `This ${edit.recordType} was erased after its undo window.`);
    }
    const editedAt = new Date().toISOString();
    const asWritten = existing || !edit.orCreate ? edit : { ...edit, changes: { ...edit.orCreate, ...edit.changes } };

    // 2. The new local record, checked against the shared schema before anything is written.
    const record = checkedRecord(asWritten, existing, editedAt);

    // 3. The outbox entry folds into the waiting one or takes the next number; all
    //    writes go out together.
    const pending = toPendingEdit(asWritten, existing, editedAt);
    const waiting = entries.find((entry) => entry.state === 'waiting');
    const entry: OutboxEntry = waiting
      ? { ...coalesce(waiting, pending), engagementId: edit.engagementId, state: 'waiting' }
      : {
          ...pending,
          seq: identity.nextSeq,
          recordType: edit.recordType,
          recordId: edit.recordId,
          engagementId: edit.engagementId,
          state: 'waiting',
        };
    // A new number is added, never put: should two writers ever take one, the second fails loudly.
    const writes: Promise<unknown>[] = [table.put(record), waiting ? db.outbox.put(entry) : db.outbox.add(entry)];
    // The identity read above, put back with the next number: Dexie's update would read it
    // again first (two more round trips before a new note's save completes).
    if (!waiting) writes.push(db.deviceIdentity.put({ ...identity, nextSeq: identity.nextSeq + 1 }));
    await Promise.all(writes);
    return { record, entry };
  });
  db.lastWrites.remember(edit.recordType, edit.recordId, written);
  return written.record;
}

/** A new record as its first edit will write it (its `updatedAt` a moment earlier), to draw before it is written. */
export function newRecordOf<T extends RecordType>(edit: Edit<T>): RecordOf<T> {
  return checkedRecord(edit, undefined, new Date().toISOString());
}

/** The record after the edit, checked against the shared schema before anything is written. */
function checkedRecord<T extends RecordType>(
  edit: Edit<T>,
  existing: RecordOf<T> | undefined,
  editedAt: string,
): RecordOf<T> {
  const candidate = {
    ...existing,
    ...edit.changes,
    id: edit.recordId,
    engagementId: edit.engagementId,
    rev: existing?.rev ?? 0,
    updatedAt: editedAt,
    deleted: edit.op === 'delete',
    ...(existing ? { conflicts: withoutResolved(existing.conflicts, edit.resolvedConflicts ?? []) } : {}),
  };
  const parsed = recordSchemas[edit.recordType].safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError('invalid_record', issue?.message ?? 'Invalid record', issue?.path.join('.'));
  }
  return parsed.data as RecordOf<T>;
}

/**
 * What the server needs to merge this edit: plain fields as values, set fields as adds
 * and removes, and for each the server revision this device had when it made the edit.
 */
function toPendingEdit<T extends RecordType>(
  edit: Edit<T>,
  existing: RecordOf<T> | undefined,
  editedAt: string,
): Pick<Mutation, 'op' | 'changes' | 'setChanges' | 'baseRevs' | 'editedAt' | 'resolvedConflicts'> {
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
  return { op: edit.op, changes, setChanges, baseRevs, editedAt, resolvedConflicts: edit.resolvedConflicts ?? [] };
}
