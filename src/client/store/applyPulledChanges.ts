import type { RecordType } from '../../domain/records/recordTypes';
import { isTombstone, recordOrTombstoneSchema, type Tombstone } from '../../domain/records/tombstone';
import type { AnyRecord } from '../../domain/records/recordTypes';
import { withPendingEdits } from '../../domain/sync/coalesce';
import type { Change } from '../../domain/sync/protocol';
import type { TriangulateDb } from './db';
import { browserStorage, dropErasedCopies, erasureTables, forgetLocalDrafts } from './erasedRecords';
import { StoreError } from './storeError';

/** A record from the server, parsed: whole, or erased to its bare tombstone. */
export type ServerRecord = { recordType: RecordType; record: AnyRecord | Tombstone };

/** Parses a record the server sent; undefined when it matches neither its schema nor a tombstone. */
export function parseServerRecord(recordType: RecordType, record: unknown): ServerRecord | undefined {
  const result = recordOrTombstoneSchema(recordType).safeParse(record);
  return result.success ? { recordType, record: result.data } : undefined;
}

/**
 * Stores a record as the server holds it, inside the caller's transaction (outbox and the
 * record's table). Edits still in the outbox are laid back over a whole record, so nothing
 * typed here is lost; an erased one is stored as its tombstone alone (with its engagement,
 * so the engagement's rows can be found), which reads leave out, and what else holds its
 * words here goes with it (erasedRecords.ts).
 */
export async function putServerRecord(
  db: TriangulateDb,
  engagementId: string,
  { recordType, record }: ServerRecord,
): Promise<void> {
  const table = db.recordTable(recordType);
  if (isTombstone(record)) {
    await db.table(recordType).put({ ...record, engagementId });
    await dropErasedCopies(db, engagementId, recordType, record.id);
    return;
  }
  const pending = await db.outbox.where('[engagementId+recordId]').equals([engagementId, record.id]).sortBy('seq');
  await table.put(withPendingEdits(record, pending));
}

/** Stores one page of pulled changes and the new cursor in one transaction. */
export async function applyPulledChanges(
  db: TriangulateDb,
  engagementId: string,
  changes: readonly Change[],
  cursor: number,
  drafts: Storage | undefined = browserStorage(),
): Promise<void> {
  const parsed = changes.map((change, index) => {
    const result = parseServerRecord(change.recordType, change.record);
    if (!result) {
      throw new StoreError('invalid_record', `The server sent an invalid ${change.recordType}`, `changes.${index}`);
    }
    return result;
  });
  const tables = [...new Set(parsed.map((change) => db.recordTable(change.recordType)))];
  const erasedNotes = parsed.filter((change) => change.recordType === 'note' && isTombstone(change.record));
  const erasedIds = erasedNotes.map((change) => change.record.id);
  // The typing journal's store joins only a page that erases: a keystroke's journal write
  // must never wait behind an ordinary pull.
  const erasing = parsed.some((change) => isTombstone(change.record)) ? erasureTables(db) : [];
  await db.transaction('rw', [db.outbox, db.deviceIdentity, ...tables, ...erasing], async () => {
    for (const change of parsed) await putServerRecord(db, engagementId, change);
    await db.deviceIdentity.update(engagementId, { pullCursor: cursor });
  });
  forgetLocalDrafts(erasedIds, drafts);
}
