import type { OutputDocument } from '../../domain/outputs/outputDocument';
import type { RecordedAcceptance } from '../../domain/records/attributionAcceptance';
import type { PublishedSnapshot } from '../../domain/records/publishedSnapshot';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';

/** Every snapshot of the engagement on this device, withdrawn ones included, newest first. */
export async function listSnapshots(db: TriangulateDb, engagementId: string): Promise<PublishedSnapshot[]> {
  const all = await db.publishedSnapshot.where('engagementId').equals(engagementId).toArray();
  return all.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.number - a.number);
}

/**
 * Publishes a frozen copy of the output to the council, numbered one more than the
 * highest of its kind (withdrawn ones included), with the acceptances it relies on
 * (checkPublication). The server checks it again on its own copy when it arrives, numbers
 * it and records what it relied on there, so two devices publishing offline never share
 * a number and the record is the server's.
 */
export function publishSnapshot(
  db: TriangulateDb,
  engagementId: string,
  output: OutputDocument,
  acceptances: readonly RecordedAcceptance[],
): Promise<PublishedSnapshot> {
  return db.transaction('rw', [db.publishedSnapshot, db.outbox, db.deviceIdentity], async () => {
    const siblings = await db.publishedSnapshot.where('engagementId').equals(engagementId).toArray();
    const number = Math.max(0, ...siblings.filter((one) => one.kind === output.kind).map((one) => one.number)) + 1;
    return saveEdit(db, {
      engagementId,
      recordType: 'publishedSnapshot',
      recordId: crypto.randomUUID(),
      op: 'upsert',
      changes: {
        title: output.title,
        kind: output.kind,
        number,
        publishedAt: new Date().toISOString(),
        body: output.body,
        acceptances: [...acceptances],
      },
    });
  });
}

/** Withdraws a published snapshot (a delete): the council no longer sees it, and it cannot come back. */
export function withdrawSnapshot(db: TriangulateDb, engagementId: string, snapshotId: string): Promise<unknown> {
  return saveEdit(db, {
    engagementId,
    recordType: 'publishedSnapshot',
    recordId: snapshotId,
    op: 'delete',
    changes: {},
  });
}
