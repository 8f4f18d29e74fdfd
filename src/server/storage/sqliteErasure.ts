import type Database from 'better-sqlite3';
import type { RecordType } from '../../domain/records/recordTypes';
import type { DeletedNoteRow, ErasureReads, ErasureWrites } from './erasureTx';
import { deletedAtOf } from './erasureRows';

/** The erasure statements on SQLite (see erasureTx.ts); run inside the caller's transaction. */
export function createSqliteErasure(db: Database.Database): ErasureReads & ErasureWrites {
  const deletedNotes = db.prepare<[], { engagement_id: string; id: string; field_stamps: string }>(
    "SELECT engagement_id, id, field_stamps FROM records WHERE record_type = 'note' AND deleted = 1",
  );
  const deletedNotesOf = db.prepare<[string], { engagement_id: string; id: string; field_stamps: string }>(
    "SELECT engagement_id, id, field_stamps FROM records WHERE engagement_id = ? AND record_type = 'note' AND deleted = 1",
  );
  const eraseRecord = db.prepare<[string, number, string, string, string, string]>(
    `UPDATE records SET data = ?, rev = ?, deleted = 2, updated_at = ?, field_stamps = '{}', council_rev = NULL
     WHERE engagement_id = ? AND record_type = ? AND id = ?`,
  );
  const deletePhoto = db.prepare<[string, string]>('DELETE FROM photos WHERE engagement_id = ? AND id = ?');
  const deleteFrom = (table: 'records' | 'photos' | 'devices' | 'invites' | 'engagement_counters') =>
    db.prepare<[string]>(`DELETE FROM ${table} WHERE engagement_id = ?`);
  const deletes = {
    records: deleteFrom('records'),
    photos: deleteFrom('photos'),
    devices: deleteFrom('devices'),
    invites: deleteFrom('invites'),
    counters: deleteFrom('engagement_counters'),
  };

  return {
    listDeletedNotes: async (engagementId) =>
      (engagementId === undefined ? deletedNotes.all() : deletedNotesOf.all(engagementId)).map(
        (row): DeletedNoteRow => ({
          engagementId: row.engagement_id,
          id: row.id,
          deletedAt: deletedAtOf(row.field_stamps),
        }),
      ),
    eraseRecord: async (engagementId: string, recordType: RecordType, id: string, rev: number, erasedAt: string) => {
      eraseRecord.run(JSON.stringify({ id, rev, deleted: true }), rev, erasedAt, engagementId, recordType, id);
    },
    deletePhotos: async (engagementId, photoIds) =>
      photoIds.reduce((count, photoId) => count + deletePhoto.run(engagementId, photoId).changes, 0),
    deleteEngagement: async (engagementId) => {
      const erased = {
        records: deletes.records.run(engagementId).changes,
        photos: deletes.photos.run(engagementId).changes,
        devices: deletes.devices.run(engagementId).changes,
        invites: deletes.invites.run(engagementId).changes,
      };
      deletes.counters.run(engagementId);
      return erased;
    },
  };
}
