import {
  backupFileName,
  backupFormatName,
  backupFormatVersion,
  backupPaths,
  photoExtension,
  type BackupManifest,
  type BackupPhoto,
} from '../../domain/backup/backupFormat';
import { recordTypes, type AnyRecord, type RecordType } from '../../domain/records/recordTypes';
import type { Mutation } from '../../domain/sync/protocol';
import { BackupError } from './backupError';
import { writeZip, type ZipSource } from './backupZip';
import type { TriangulateDb } from './db';
import type { StoredPhoto } from './storedPhoto';

export type BackupDownload = { blob: Blob; fileName: string };

type Snapshot = {
  records: Map<RecordType, AnyRecord[]>;
  outbox: Mutation[];
  photos: BackupPhoto[];
};

/** Everything of the engagement on this device, read in one transaction so the file is consistent. */
async function snapshot(db: TriangulateDb, engagementId: string): Promise<Snapshot> {
  const tables = [...recordTypes.map((type) => db.recordTable(type)), db.outbox, db.photo];
  return db.transaction('r', tables, async () => {
    const records = new Map<RecordType, AnyRecord[]>();
    for (const type of recordTypes) {
      const rows: AnyRecord[] =
        type === 'engagement'
          ? [await db.engagement.get(engagementId)].filter((row) => row !== undefined)
          : await db.recordTable(type).where('engagementId').equals(engagementId).toArray();
      records.set(type, rows);
    }
    const entries = await db.outbox.where('engagementId').equals(engagementId).sortBy('seq');
    const outbox = entries.map(({ engagementId: _engagementId, state: _state, ...mutation }) => mutation);
    // Rows without their bytes: those are read one photo at a time while the zip is written.
    const photos: BackupPhoto[] = [];
    await db.photo
      .where('engagementId')
      .equals(engagementId)
      .each((row) => photos.push(photoEntry(row)));
    return { records, outbox, photos };
  });
}

function photoEntry({ bytes: _bytes, ...row }: StoredPhoto): BackupPhoto {
  return { ...row, file: `photos/${row.id}.${photoExtension(row.contentType)}` };
}

async function photoBytes(db: TriangulateDb, id: string): Promise<Uint8Array> {
  const row = await db.photo.get(id);
  if (!row) throw new BackupError('storage_failed', 'A photo went missing while the backup was being made: try again.');
  return new Uint8Array(row.bytes);
}

async function* zipSources(db: TriangulateDb, manifest: BackupManifest, data: Snapshot): AsyncGenerator<ZipSource> {
  yield { path: backupPaths.manifest, text: JSON.stringify(manifest, null, 2) };
  for (const [type, rows] of data.records) yield { path: backupPaths.records(type), text: JSON.stringify(rows) };
  yield { path: backupPaths.outbox, text: JSON.stringify(data.outbox) };
  yield { path: backupPaths.photos, text: JSON.stringify(data.photos) };
  for (const photo of data.photos) yield { path: photo.file, load: () => photoBytes(db, photo.id) };
}

/**
 * One zip holding everything this device has of the engagement: every record with its
 * tombstones, the edits still waiting for the server, and the photos. Works offline.
 */
export async function exportBackup(
  db: TriangulateDb,
  engagementId: string,
  appVersion: string,
): Promise<BackupDownload> {
  const identity = await db.deviceIdentity.get(engagementId);
  if (!identity) throw new BackupError('not_joined', 'This device has not joined the engagement.');
  const data = await snapshot(db, engagementId);
  const engagement = data.records.get('engagement')?.[0];
  const council = engagement && 'council' in engagement ? engagement.council : '';
  const exportedAt = new Date().toISOString();
  const manifest: BackupManifest = {
    format: backupFormatName,
    formatVersion: backupFormatVersion,
    appVersion,
    engagementId,
    council,
    exportedAt,
    deviceId: identity.deviceId,
    memberId: identity.memberId,
    counts: {
      records: Object.fromEntries([...data.records].map(([type, rows]) => [type, rows.length])),
      outbox: data.outbox.length,
      photos: data.photos.length,
    },
  };
  const blob = await writeZip(zipSources(db, manifest, data));
  return { blob, fileName: backupFileName(council, exportedAt) };
}
