import type { RecordType } from '../../domain/records/recordTypes';
import type { TriangulateDb } from './db';
import { localDraftKey } from './draftJournal';

/**
 * A record erased after the undo window (docs/operations.md) leaves this device whole:
 * its row becomes the bare tombstone (applyPulledChanges.ts), and this file drops what
 * else still holds its words, so nothing brings them back or sends them again.
 */

/**
 * The tables `dropErasedCopies` writes besides the outbox (already in every pull's and
 * push's transaction): added only when a page erases.
 */
export const erasureTables = (db: TriangulateDb) => [db.photo, db.noteDraft];

/**
 * Inside the caller's transaction: the record's outbox entries keep their numbers (the
 * server expects every number, and may have applied a taken one already) but lose their
 * content, becoming a bare delete the server acknowledges and drops; a note's photo
 * bytes and typing journal rows go.
 */
export async function dropErasedCopies(
  db: TriangulateDb,
  engagementId: string,
  recordType: RecordType,
  recordId: string,
): Promise<void> {
  const entries = await db.outbox.where('[engagementId+recordId]').equals([engagementId, recordId]).toArray();
  await db.outbox.bulkPut(
    entries.map((entry) => ({
      ...entry,
      op: 'delete' as const,
      changes: {},
      setChanges: {},
      baseRevs: {},
      resolvedConflicts: [],
    })),
  );
  if (recordType !== 'note') return;
  await db.photo.where('noteId').equals(recordId).delete();
  await db.noteDraft.where('[noteId+stamp]').between([recordId, -Infinity], [recordId, Infinity], true, true).delete();
}

/** The localStorage half of the typing journal, outside any transaction. */
export function forgetLocalDrafts(noteIds: readonly string[], storage: Storage | undefined): void {
  for (const id of noteIds) storage?.removeItem(localDraftKey(id));
}

/** localStorage where there is one (not in a worker or under Node). */
export const browserStorage = (): Storage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;

/** The rows stored under the record's key: counting takes no values, so it sees every row, an erased tombstone too. */
export function storedRowCount(db: TriangulateDb, recordType: RecordType, recordId: string): Promise<number> {
  return db.table(recordType).where(':id').equals(recordId).count();
}

/**
 * Given that reads found no such record and `storedRows` rows are stored under its key:
 * true when the row is its erased tombstone (reads leave it out), not a row reads found
 * unreadable.
 */
export function isErasedRow(db: TriangulateDb, recordType: RecordType, recordId: string, storedRows: number): boolean {
  if (storedRows === 0) return false;
  const key = JSON.stringify(recordId);
  return !db.unreadableRecords.list().some((row) => row.table === recordType && row.key === key);
}

/** True when this device holds the record only as its erased tombstone (isErasedRow). */
export async function isErasedHere(db: TriangulateDb, recordType: RecordType, recordId: string): Promise<boolean> {
  if ((await db.table(recordType).get(recordId)) !== undefined) return false;
  return isErasedRow(db, recordType, recordId, await storedRowCount(db, recordType, recordId));
}
