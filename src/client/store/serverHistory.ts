import { maxConflictsPerRecord } from '../../domain/records/conflict';
import { recordTypes, type AnyRecord, type RecordType } from '../../domain/records/recordTypes';
import type { ResolvedConflict } from '../../domain/sync/protocol';
import { mayResend, resendMutations } from '../../domain/sync/resend';
import type { TriangulateDb } from './db';
import type { OutboxEntry } from './outboxEntry';

/**
 * What a device tells the server of the history it synced with: the server's identity it
 * last heard and the highest seq the server answered it under that identity. The server
 * uses them to tell that it went back in time (docs/sync-protocol.md, "After a restore").
 */
export type SyncedWith = { serverIdentity?: string; acknowledgedSeq?: number };

export async function syncedWith(db: TriangulateDb, engagementId: string): Promise<SyncedWith> {
  const identity = await db.deviceIdentity.get(engagementId);
  if (identity?.serverIdentity === undefined) return {};
  return { serverIdentity: identity.serverIdentity, acknowledgedSeq: identity.acknowledgedSeq ?? 0 };
}

/** After a push's answer: the server has answered every seq up to `seq` (never moves back). */
export async function noteAcknowledged(db: TriangulateDb, engagementId: string, seq: number): Promise<void> {
  await db.transaction('rw', db.deviceIdentity, async () => {
    const identity = await db.deviceIdentity.get(engagementId);
    if (identity && (identity.acknowledgedSeq ?? 0) < seq) {
      await db.deviceIdentity.update(engagementId, { acknowledgedSeq: seq });
    }
  });
}

/**
 * What to do with the server identity an answer carried: `same` (or none sent: a server
 * from before), `first` (this device had none yet: now kept), or `changed`: the server
 * is another history than the one this device synced with, so the caller re-sends
 * (`resendAfterRestore`) before using anything else of the answer.
 */
export async function heardServerIdentity(
  db: TriangulateDb,
  engagementId: string,
  serverIdentity: string | undefined,
): Promise<'same' | 'first' | 'changed'> {
  if (serverIdentity === undefined) return 'same';
  // A plain read first: every answer passes here, and a write is needed only once.
  const held = (await db.deviceIdentity.get(engagementId))?.serverIdentity;
  if (held === serverIdentity) return 'same';
  return db.transaction('rw', db.deviceIdentity, async () => {
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity || identity.serverIdentity === serverIdentity) return 'same';
    if (identity.serverIdentity !== undefined) return 'changed';
    await db.deviceIdentity.update(engagementId, { serverIdentity, acknowledgedSeq: 0 });
    return 'first';
  });
}

/**
 * The server was restored (its identity changed): it may have lost anything this device
 * sent since its backup. In one transaction, the outbox is rebuilt from this device's
 * copy of every record its role may re-send (`mayResend`: for a peer its own notes and
 * proposed findings, for the manager everything no other member authored), bases 0,
 * under new seqs; the photos of re-sent notes wait to upload again; and the device takes
 * the new identity, with nothing acknowledged and its pull cursor at 0. Waiting edits
 * are not lost: each record already holds them, and the conflicts they settle carry
 * over. Records this device has seen erased are bare tombstones, which reads leave out,
 * so they are never re-sent.
 */
export async function resendAfterRestore(
  db: TriangulateDb,
  engagementId: string,
  serverIdentity: string,
): Promise<void> {
  const tables = recordTypes.map((recordType) => db.recordTable(recordType));
  await db.transaction('rw', [db.outbox, db.deviceIdentity, db.photo, ...tables], async () => {
    const identity = await db.deviceIdentity.get(engagementId);
    if (!identity) return;
    const waiting = await db.outbox.where('engagementId').equals(engagementId).toArray();
    const settled = settledConflicts(waiting);
    await db.outbox.where('engagementId').equals(engagementId).delete();
    let seq = identity.nextSeq;
    const entries: OutboxEntry[] = [];
    const resentNotes = new Set<string>();
    for (const recordType of recordTypes) {
      const records = await heldRecords(db, recordType, engagementId);
      for (const record of records) {
        if (!mayResend(identity.role, identity.memberId, recordType, record)) continue;
        if (recordType === 'note') resentNotes.add(record.id);
        for (const mutation of resendMutations(recordType, record, settled.get(record.id))) {
          entries.push({ ...mutation, seq, engagementId, state: 'waiting' });
          seq += 1;
        }
      }
    }
    await db.outbox.bulkAdd(entries);
    await db.photo
      .where('engagementId')
      .equals(engagementId)
      .filter((photo) => resentNotes.has(photo.noteId) && photo.uploadRefused === undefined)
      .modify({ uploaded: 0 });
    await db.deviceIdentity.update(engagementId, { serverIdentity, acknowledgedSeq: 0, pullCursor: 0, nextSeq: seq });
  });
  // A tab's remembered last write (lastWrites.ts) now names an entry that is gone: its
  // next keystroke finds that out and reads first, so nothing needs clearing here.
}

/** This device's copy of one type's records in the engagement (the engagement is its own id). */
async function heldRecords(db: TriangulateDb, recordType: RecordType, engagementId: string): Promise<AnyRecord[]> {
  const table = db.recordTable(recordType);
  if (recordType !== 'engagement') return table.where('engagementId').equals(engagementId).toArray();
  const engagement = await table.get(engagementId);
  return engagement ? [engagement] : [];
}

/** The conflicts each record's waiting edits settle, by record id. */
function settledConflicts(entries: readonly OutboxEntry[]): Map<string, ResolvedConflict[]> {
  const byRecord = new Map<string, Map<string, ResolvedConflict>>();
  for (const entry of entries) {
    const settled = byRecord.get(entry.recordId) ?? new Map<string, ResolvedConflict>();
    for (const conflict of entry.resolvedConflicts) settled.set(`${conflict.field} ${conflict.rev}`, conflict);
    byRecord.set(entry.recordId, settled);
  }
  return new Map(
    [...byRecord].map(([recordId, settled]) => [recordId, [...settled.values()].slice(-maxConflictsPerRecord)]),
  );
}
