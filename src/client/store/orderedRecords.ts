import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';
import { inWrittenOrder } from '../../domain/records/writtenOrder';

/** Record types kept in an order the team chooses, by a `position` field. */
export type OrderedRecordType = 'theme' | 'scopeQuestion';

type Positioned = { id: string; position: number; deleted: boolean };

/** Live records of one ordered type, by position (ties by id, so every device agrees). */
export async function listOrdered<T extends Positioned>(
  db: TriangulateDb,
  recordType: OrderedRecordType,
  engagementId: string,
): Promise<T[]> {
  const records = (await db
    .recordTable(recordType)
    .where('engagementId')
    .equals(engagementId)
    .toArray()) as unknown as T[];
  return records
    .filter((record) => !record.deleted)
    .sort((a, b) => a.position - b.position || inWrittenOrder(a.id, b.id));
}

/** The position after the last live record, for a record added at the end. */
export async function nextPosition(
  db: TriangulateDb,
  recordType: OrderedRecordType,
  engagementId: string,
): Promise<number> {
  const records = await listOrdered(db, recordType, engagementId);
  return records.reduce((max, record) => Math.max(max, record.position + 1), 0);
}

/**
 * Moves one record up (-1) or down (+1) and renumbers the list 0, 1, 2… in ONE
 * transaction, so positions that collided (two tablets adding at once) come out distinct.
 */
export async function moveOrdered(
  db: TriangulateDb,
  recordType: OrderedRecordType,
  engagementId: string,
  recordId: string,
  direction: -1 | 1,
): Promise<void> {
  const table = db.recordTable(recordType);
  await db.transaction('rw', [table, db.outbox, db.deviceIdentity], async () => {
    const records = await listOrdered(db, recordType, engagementId);
    const from = records.findIndex((record) => record.id === recordId);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= records.length) return;
    const order = [...records];
    const [moved] = order.splice(from, 1);
    if (moved) order.splice(to, 0, moved);
    for (const [position, record] of order.entries()) {
      if (record.position === position) continue;
      await saveEdit(db, { engagementId, recordType, recordId: record.id, op: 'upsert', changes: { position } });
    }
  });
}

/** A tombstone: the record stays for sync, and notes tagged with it keep their id. */
export async function removeOrdered(
  db: TriangulateDb,
  recordType: OrderedRecordType,
  engagementId: string,
  recordId: string,
): Promise<void> {
  await saveEdit(db, { engagementId, recordType, recordId, op: 'delete', changes: {} });
}

/** Brings a removed record back (undo): an upsert revives the tombstone, on the server too. */
export async function restoreOrdered(
  db: TriangulateDb,
  recordType: OrderedRecordType,
  engagementId: string,
  recordId: string,
): Promise<void> {
  await saveEdit(db, { engagementId, recordType, recordId, op: 'upsert', changes: {} });
}
