import { backupFileName, backupFormatName, backupFormatVersion, backupPaths, photoExtension, type BackupManifest, type BackupPhoto } from '../../domain/backup/backupFormat';
import { recordTypes, type AnyRecord, type RecordType } from '../../domain/records/recordTypes';
import type { Mutation } from '../../domain/sync/protocol';
import { BackupError } from './backupError';
import { writeZip, type ZipSource } from './backupZip';
import type { TriangulateDb } from './db';
import { blobFieldOf, photoTable } from './backupPhotoTable';

export type BackupDownload = { blob: Blob; fileName: string };

type Snapshot = {
  records: Map<RecordType, AnyRecord[]>;
  outbox: Mutation[];
  photos: { entry: BackupPhoto; blob: Blob }[];
};

/** Everything of the engagement on this device, read in one transaction so the file is consistent. */
async function snapshot(db: TriangulateDb, engagementId: string): Promise<Snapshot> {
  const photos = photoTable(db);
  const tables = [...recordTypes.map((type) => db.recordTable(type)), db.outbox, ...(photos ? [photos] : [])];
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
    const rows = photos ? await photos.filter((row) => row.engagementId === engagementId).toArray() : [];
    return { records, outbox, photos: rows.flatMap((row) => photoEntry(row)) };
  });
}

function photoEntry(row: Record<string, unknown> & { id: string; engagementId: string }): Snapshot['photos'] {
  const blobField = blobFieldOf(row);
  const blob = blobField ? row[blobField] : undefined;
  if (!blobField || !(blob instanceof Blob)) return [];
  const { [blobField]: _bytes, ...rest } = row;
  const contentType = typeof row.contentType === 'string' ? row.contentType : blob.type;
  const file = `photos/${row.id}.${photoExtension(contentType)}`;
  const json = JSON.parse(JSON.stringify(rest)) as BackupPhoto['row'];
  return [{ entry: { id: row.id, engagementId: row.engagementId, file, contentType, blobField, row: json }, blob }];
}

async function* zipSources(manifest: BackupManifest, data: Snapshot): AsyncGenerator<ZipSource> {
  yield { path: backupPaths.manifest, text: JSON.stringify(manifest, null, 2) };
  for (const [type, rows] of data.records) yield { path: backupPaths.records(type), text: JSON.stringify(rows) };
  yield { path: backupPaths.outbox, text: JSON.stringify(data.outbox) };
  yield { path: backupPaths.photos, text: JSON.stringify(data.photos.map((photo) => photo.entry)) };
  for (const photo of data.photos) yield { path: photo.entry.file, blob: photo.blob };
}

/**
 * One zip holding everything this device has of the engagement: every record with its
 * tombstones, the edits still waiting for the server, and the photos. Works offline.
 */
export async function exportBackup(db: TriangulateDb, engagementId: string, appVersion: string): Promise<BackupDownload> {
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
  const blob = await writeZip(zipSources(manifest, data));
  return { blob, fileName: backupFileName(council, exportedAt) };
}
