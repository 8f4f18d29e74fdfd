import { byPosition, positionAfterAll, positionAt } from '../../domain/findings/position';
import type { CoverageCell, StillToCover } from '../../domain/records/stillToCover';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';
import { StoreError } from './storeError';

/** The stores one "still to cover" edit writes: the record, its outbox entry, the sequence counter. */
const writeScope = (db: TriangulateDb) => [db.stillToCover, db.outbox, db.deviceIdentity];

/** The manager's live lines, in the manager's order (position, ties by id). */
export async function listStillToCover(db: TriangulateDb, engagementId: string): Promise<StillToCover[]> {
  const all = await db.stillToCover.where('engagementId').equals(engagementId).toArray();
  return all.filter((record) => !record.deleted).sort(byPosition);
}

/** A new line at the end of the list: a coverage cell (with no words yet) or the manager's words. */
export function addStillToCover(
  db: TriangulateDb,
  engagementId: string,
  line: { cell: CoverageCell | null; text: string },
): Promise<StillToCover> {
  return db.transaction('rw', writeScope(db), async () => {
    const position = positionAfterAll(await listStillToCover(db, engagementId));
    return saveEdit(db, {
      engagementId,
      recordType: 'stillToCover',
      recordId: crypto.randomUUID(),
      op: 'upsert',
      changes: { cell: line.cell, text: line.text, position, done: false },
    });
  });
}

/**
 * Moves a line one place up (-1) or down (+1): one edit to a fractional position; when
 * its new neighbours tie (two devices added at once) the list is renumbered, in ONE transaction.
 */
export async function moveStillToCover(
  db: TriangulateDb,
  engagementId: string,
  recordId: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', writeScope(db), async () => {
    const lines = await listStillToCover(db, engagementId);
    const from = lines.findIndex((line) => line.id === recordId);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= lines.length) return;
    const position = positionAt(lines, recordId, to);
    const others = lines.filter((line) => line.id !== recordId);
    const tied = others[to - 1]?.position === position || others[to]?.position === position;
    const changes = tied ? renumbered(lines, from, to) : [{ id: recordId, position }];
    for (const change of changes) {
      await saveEdit(db, {
        engagementId,
        recordType: 'stillToCover',
        recordId: change.id,
        op: 'upsert',
        changes: { position: change.position },
      });
    }
  });
}

function renumbered(lines: readonly StillToCover[], from: number, to: number) {
  const order = [...lines];
  const [moved] = order.splice(from, 1);
  if (moved) order.splice(to, 0, moved);
  return order.flatMap((line, index) => (line.position === index ? [] : [{ id: line.id, position: index }]));
}

/** Ticks a line done, or back to not done. */
export async function setStillToCoverDone(
  db: TriangulateDb,
  engagementId: string,
  recordId: string,
  done: boolean,
): Promise<StillToCover> {
  return db.transaction('rw', writeScope(db), async () => {
    await liveLine(db, recordId);
    return saveEdit(db, { engagementId, recordType: 'stillToCover', recordId, op: 'upsert', changes: { done } });
  });
}

/**
 * The manager's words on a line: what to ask or whom to see about a gap, or a free-text
 * line reworded. A free-text line keeps some words (removing it is "Remove").
 */
export async function setStillToCoverText(
  db: TriangulateDb,
  engagementId: string,
  recordId: string,
  text: string,
): Promise<StillToCover> {
  return db.transaction('rw', writeScope(db), async () => {
    const line = await liveLine(db, recordId);
    const words = text.trim();
    if (line.cell === null && words === '') {
      throw new StoreError('invalid_record', 'A line in your own words needs some words.', 'text');
    }
    return saveEdit(db, { engagementId, recordType: 'stillToCover', recordId, op: 'upsert', changes: { text: words } });
  });
}

/** Removes a line as a tombstone, so it travels and undo can revive it. */
export function deleteStillToCover(db: TriangulateDb, engagementId: string, recordId: string): Promise<StillToCover> {
  return saveEdit(db, { engagementId, recordType: 'stillToCover', recordId, op: 'delete', changes: {} });
}

/** Undo of a removal: an upsert revives the tombstone where it was, on the server too. */
export function restoreStillToCover(db: TriangulateDb, engagementId: string, recordId: string): Promise<StillToCover> {
  return saveEdit(db, { engagementId, recordType: 'stillToCover', recordId, op: 'upsert', changes: {} });
}

async function liveLine(db: TriangulateDb, recordId: string): Promise<StillToCover> {
  const existing = await db.stillToCover.get(recordId);
  if (!existing || existing.deleted) {
    throw new StoreError('invalid_record', 'This line has been removed, perhaps on another device.');
  }
  return existing;
}
