import type { PoolClient } from 'pg';
import type { RecordType } from '../../domain/records/recordTypes';
import { deletedAtOf } from './erasureRows';
import type { DeletedNoteRow, ErasureReads, ErasureWrites } from './erasureTx';
import type { EngagementLocks } from './postgresLocks';

type DeletedNoteColumns = { engagement_id: string; id: string; field_stamps: string };

/** The erasure reads on PostgreSQL; listing all engagements takes no lock (a candidate list only). */
export function createPostgresErasureReads(client: PoolClient, locks: EngagementLocks): ErasureReads {
  return {
    listDeletedNotes: async (engagementId) => {
      if (engagementId !== undefined) await locks.lock(engagementId);
      const result = await client.query<DeletedNoteColumns>(
        `SELECT engagement_id, id, field_stamps FROM records
         WHERE record_type = 'note' AND deleted = 1 AND ($1::text IS NULL OR engagement_id = $1)`,
        [engagementId ?? null],
      );
      return result.rows.map((row): DeletedNoteRow => ({
        engagementId: row.engagement_id,
        id: row.id,
        deletedAt: deletedAtOf(row.field_stamps),
      }));
    },
  };
}

/** The erasure writes on PostgreSQL, each under its engagement's lock (postgresLocks.ts). */
export function createPostgresErasureWrites(client: PoolClient, locks: EngagementLocks): ErasureWrites {
  const deleteAll = async (table: string, engagementId: string) =>
    (await client.query(`DELETE FROM ${table} WHERE engagement_id = $1`, [engagementId])).rowCount ?? 0;
  return {
    eraseRecord: async (engagementId: string, recordType: RecordType, id: string, rev: number, erasedAt: string) => {
      await locks.lock(engagementId);
      await client.query(
        `UPDATE records SET data = $1, rev = $2, deleted = 2, updated_at = $3, field_stamps = '{}', council_rev = NULL
         WHERE engagement_id = $4 AND record_type = $5 AND id = $6`,
        [JSON.stringify({ id, rev, deleted: true }), rev, erasedAt, engagementId, recordType, id],
      );
    },
    deletePhotos: async (engagementId, photoIds) => {
      if (photoIds.length === 0) return 0;
      await locks.lock(engagementId);
      const result = await client.query('DELETE FROM photos WHERE engagement_id = $1 AND id = ANY($2::text[])', [
        engagementId,
        [...photoIds],
      ]);
      return result.rowCount ?? 0;
    },
    deleteEngagement: async (engagementId) => {
      await locks.lock(engagementId);
      const erased = {
        records: await deleteAll('records', engagementId),
        photos: await deleteAll('photos', engagementId),
        devices: await deleteAll('devices', engagementId),
        invites: await deleteAll('invites', engagementId),
      };
      await deleteAll('engagement_counters', engagementId);
      return erased;
    },
  };
}
