import { noteSchema } from '../../domain/records/note';
import { undoWindowStart } from '../../domain/sync/undoWindow';
import type { ErasureResponse } from '../../domain/sync/erasureApi';
import { recordAudit } from '../audit/recordAudit';
import type { DeletedNoteRow } from '../storage/erasureTx';
import type { Storage, WriteTx } from '../storage/storage';

export type ErasureCount = ErasureResponse['erased'];

export type EraseOptions = {
  now: Date;
  /** One engagement (the manager's "Empty deleted notes now"); else every engagement. */
  engagementId?: string;
  /** Erase every deleted note, whatever its age: the manager empties the undo window at once. */
  all?: boolean;
  /** Who asked, for the audit log: the manager, or null for the server's own hourly run. */
  memberId?: string | null;
};

/**
 * Erases deleted notes past the undo window (or all of them): each note's row becomes
 * its bare tombstone `{id, rev, deleted}` under a new change number, so every device
 * pulls the erasure, and its photos' bytes are deleted. One transaction per engagement.
 * Idempotent and safe with several server processes: each note is read again inside the
 * transaction (under the engagement's lock on PostgreSQL) and skipped unless it is still
 * deleted and whole, so a note revived or already erased meanwhile is left as it is.
 */
export async function eraseDeletedNotes(storage: Storage, options: EraseOptions): Promise<ErasureCount> {
  const before = options.all ? options.now.toISOString() : undoWindowStart(options.now);
  const candidates = await storage.read((tx) => tx.listDeletedNotes(options.engagementId));
  const byEngagement = new Map<string, DeletedNoteRow[]>();
  for (const row of candidates) {
    // A stamp without a time (stored before stamps kept one) is checked on the record itself.
    if (row.deletedAt !== undefined && row.deletedAt > before) continue;
    byEngagement.set(row.engagementId, [...(byEngagement.get(row.engagementId) ?? []), row]);
  }
  const total: ErasureCount = { notes: 0, photos: 0 };
  for (const [engagementId, rows] of byEngagement) {
    const counted = await storage.transaction(async (tx) => {
      const count: ErasureCount = { notes: 0, photos: 0 };
      for (const row of rows) {
        const at = options.now.toISOString();
        const photos = await eraseNote(tx, { engagementId, at, memberId: options.memberId ?? null }, row.id, before);
        if (photos === undefined) continue;
        count.notes += 1;
        count.photos += photos;
      }
      return count;
    });
    total.notes += counted.notes;
    total.photos += counted.photos;
  }
  return total;
}

/** Erases one note if it is still deleted, whole and deleted before `before`; returns photos deleted. */
async function eraseNote(
  tx: WriteTx,
  by: { engagementId: string; at: string; memberId: string | null },
  id: string,
  before: string,
): Promise<number | undefined> {
  const { engagementId } = by;
  const stored = await tx.getRecord(engagementId, 'note', id);
  const note = stored && noteSchema.safeParse(stored.data);
  if (!stored || !note?.success || !note.data.deleted) return undefined;
  const deletedAt = stored.stamps.deleted?.at ?? note.data.updatedAt;
  if (deletedAt > before) return undefined;
  const rev = await tx.nextRev(engagementId);
  await tx.eraseRecord(engagementId, 'note', id, rev, by.at);
  const photos = await tx.deletePhotos(engagementId, note.data.photoIds);
  await recordAudit(tx, by, [{ kind: 'erased', detail: { recordType: 'note', recordId: id, photos } }]);
  return photos;
}
