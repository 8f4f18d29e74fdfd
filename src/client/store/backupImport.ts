import { planRecordImport } from '../../domain/backup/importPlan';
import { parseBackup, type ParsedBackup } from '../../domain/backup/parseBackup';
import { recordSchemas, recordTypes, type AnyRecord } from '../../domain/records/recordTypes';
import { coalesce, withPendingEdits } from '../../domain/sync/coalesce';
import type { Mutation } from '../../domain/sync/protocol';
import { canWrite } from '../../domain/sync/permissions';
import { putServerRecord } from './applyPulledChanges';
import { BackupError } from './backupError';
import { readZip } from './backupZip';
import type { TriangulateDb } from './db';
import { isErasedHere } from './erasedRecords';
import type { DeviceIdentity } from './deviceIdentity';
import { toStoreError } from './storeError';

/** What an import did, to tell the person. */
export type ImportSummary = {
  /** Records this device did not have or had an older version of. */
  recordsUpdated: number;
  /** Edits queued to sync as this device's own. */
  editsQueued: number;
  photosAdded: number;
  /** Fields this device had also edited and not synced: its own value was kept. */
  keptLocal: number;
  /** Edits this member's role may not make (the server would refuse them). */
  notAllowed: number;
};

/** Reads and checks a backup file; throws a BackupError naming what is wrong, before anything is written. */
export async function readBackup(
  file: Blob,
  engagementId: string,
): Promise<{ backup: ParsedBackup; photoBytes: Map<string, Uint8Array> }> {
  const { texts, binaries } = await readZip(file);
  const result = parseBackup(texts, new Set(binaries.keys()), engagementId);
  if (!result.ok) throw new BackupError(result.problem.code, result.problem.message, result.problem.file);
  return { backup: result.backup, photoBytes: binaries };
}

/**
 * Merges a backup into this device in ONE transaction, so a failure writes nothing.
 * Newer server versions are stored as a pull would store them; values the backup's
 * device had not synced become this device's own edits (numbered from its counter) so
 * they sync from here. Importing the same file again finds nothing to do.
 */
export async function importBackup(db: TriangulateDb, engagementId: string, file: Blob): Promise<ImportSummary> {
  const { backup, photoBytes } = await readBackup(file, engagementId);
  const tables = [
    ...recordTypes.map((type) => db.recordTable(type)),
    db.outbox,
    db.deviceIdentity,
    db.photo,
    ...(backup.erased.length > 0 ? [db.noteDraft] : []),
  ];
  try {
    return await db.transaction('rw', tables, async () => {
      const identity = await db.deviceIdentity.get(engagementId);
      if (!identity)
        throw new BackupError('not_joined', 'Join this engagement on this device before importing its backup.');
      const summary = await mergeRecords(db, identity, backup);
      for (const { file: path, ...photo } of backup.photos) {
        if (await db.photo.get(photo.id)) continue;
        // A photo of a note erased here stays erased, whatever an older backup holds.
        if (await isErasedHere(db, 'note', photo.noteId)) continue;
        const bytes = photoBytes.get(path) ?? new Uint8Array();
        await db.photo.add({ ...photo, bytes: bytes.slice().buffer });
        summary.photosAdded += 1;
      }
      return summary;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const storeError = toStoreError(error);
    throw new BackupError(storeError.code === 'storage_full' ? 'storage_full' : 'storage_failed', storeError.message);
  }
}

async function mergeRecords(db: TriangulateDb, identity: DeviceIdentity, backup: ParsedBackup): Promise<ImportSummary> {
  const summary: ImportSummary = { recordsUpdated: 0, editsQueued: 0, photosAdded: 0, keptLocal: 0, notAllowed: 0 };
  const backupPending = new Map<string, Mutation[]>();
  for (const mutation of [...backup.outbox].sort((a, b) => a.seq - b.seq)) {
    backupPending.set(mutation.recordId, [...(backupPending.get(mutation.recordId) ?? []), mutation]);
  }
  let nextSeq = identity.nextSeq;
  const now = new Date().toISOString();
  // An erasure newer than this device's copy wins: the record's words leave the device.
  for (const { recordType, record } of backup.erased) {
    const local: AnyRecord | undefined = await db.recordTable(recordType).get(record.id);
    if (local && local.rev >= record.rev) continue;
    await putServerRecord(db, identity.engagementId, { recordType, record });
    summary.recordsUpdated += 1;
  }
  for (const { recordType, record } of backup.records) {
    const table = db.recordTable(recordType);
    const local: AnyRecord | undefined = await table.get(record.id);
    // An older backup's whole copy never brings an erased record back (nor sends it again).
    if (!local && (await isErasedHere(db, recordType, record.id))) continue;
    const localPending = await db.outbox
      .where('[engagementId+recordId]')
      .equals([identity.engagementId, record.id])
      .sortBy('seq');
    const plan = planRecordImport({
      recordType,
      backup: record,
      backupPending: backupPending.get(record.id) ?? [],
      local,
      localPending,
    });
    summary.keptLocal += plan.keptLocal.length;
    // The server checks authorship against what it holds: the backup's record says who wrote it.
    const allowed =
      plan.edit !== null &&
      canWrite({
        role: identity.role,
        memberId: identity.memberId,
        recordType,
        existing: local ?? record,
        change: plan.edit,
      });
    const edit = plan.edit && allowed ? { ...plan.edit, editedAt: now } : null;
    if (plan.edit && !allowed) summary.notAllowed += 1;
    if (!plan.pulled && !edit) continue;

    const base: Record<string, unknown> = plan.pulled ? withPendingEdits(plan.pulled, localPending) : { ...local };
    const merged = edit ? withPendingEdits(base, [edit]) : base;
    const candidate = {
      ...merged,
      id: record.id,
      engagementId: record.engagementId,
      rev: base.rev ?? 0,
      conflicts: base.conflicts ?? [],
    };
    const parsed = recordSchemas[recordType].safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BackupError(
        'invalid_file',
        `records/${recordType}.json: ${record.id} ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    }
    await table.put(parsed.data as AnyRecord);
    summary.recordsUpdated += 1;
    if (!edit) continue;

    const waiting = localPending.find((entry) => entry.state === 'waiting');
    if (waiting) {
      await db.outbox.put({ ...coalesce(waiting, edit), engagementId: identity.engagementId, state: 'waiting' });
    } else {
      await db.outbox.add({
        ...edit,
        resolvedConflicts: edit.resolvedConflicts ?? [],
        seq: nextSeq,
        recordType,
        recordId: record.id,
        engagementId: identity.engagementId,
        state: 'waiting',
      });
      nextSeq += 1;
    }
    summary.editsQueued += 1;
  }
  if (nextSeq !== identity.nextSeq) await db.deviceIdentity.update(identity.engagementId, { nextSeq });
  return summary;
}
