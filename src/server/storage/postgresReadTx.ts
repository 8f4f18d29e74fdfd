import type { PoolClient, QueryResultRow } from 'pg';
import type { RecordType } from '../../domain/records/recordTypes';
import { createPostgresErasureReads } from './postgresErasure';
import type { EngagementLocks } from './postgresLocks';
import {
  toDevice,
  toInvite,
  toPhoto,
  toSafeInt,
  recordColumns,
  listedColumns,
  toListedRecord,
  type ListedColumns,
  toStoredRecord,
  type DeviceColumns,
  type InviteColumns,
  type PhotoColumns,
  type RecordColumns,
} from './storedRows';
import { toAuditEvent, type AuditColumns } from './auditRows';
import type { ReadTx } from './storage';

/** Runs a query and returns its first row, if any. */
export async function firstRow<R extends QueryResultRow>(
  client: PoolClient,
  sql: string,
  params: unknown[],
): Promise<R | undefined> {
  const result = await client.query<R>(sql, params);
  return result.rows[0];
}

/**
 * The reads. Inside `read` (a REPEATABLE READ snapshot) `locks` does nothing; inside
 * `transaction` each read first takes the lock of the engagement it touches (see
 * postgresLocks.ts), so what a write decides on stays true until it commits.
 */
export function createPostgresReadTx(client: PoolClient, locks: EngagementLocks): ReadTx {
  /** A row found by a key that does not name its engagement: read again if its lock was only just taken. */
  async function findUnderLock<R extends QueryResultRow & { engagement_id: string }>(
    sql: string,
    params: unknown[],
  ): Promise<R | undefined> {
    const row = await firstRow<R>(client, sql, params);
    if (!row) return undefined;
    return (await locks.lock(row.engagement_id)) ? firstRow<R>(client, sql, params) : row;
  }

  return {
    ...createPostgresErasureReads(client, locks),
    serverIdentity: async () =>
      (await firstRow<{ id: string }>(client, 'SELECT id FROM server_identity WHERE singleton = 1', []))?.id ?? '',
    isEmpty: async () => {
      await locks.lockFirstStart();
      return (await firstRow(client, 'SELECT 1 AS found FROM engagement_counters LIMIT 1', [])) === undefined;
    },
    getRecord: async (engagementId: string, recordType: RecordType, id: string) => {
      await locks.lock(engagementId);
      const row = await firstRow<RecordColumns>(
        client,
        `SELECT ${recordColumns} FROM records WHERE engagement_id = $1 AND record_type = $2 AND id = $3`,
        [engagementId, recordType, id],
      );
      return row ? toStoredRecord(row) : undefined;
    },
    changeCounters: async (engagementId) => {
      await locks.lock(engagementId);
      const row = await firstRow<{ counter: string; council_counter: string }>(
        client,
        'SELECT counter, council_counter FROM engagement_counters WHERE engagement_id = $1',
        [engagementId],
      );
      return {
        rev: row ? toSafeInt(row.counter, 'counter') : 0,
        councilRev: row ? toSafeInt(row.council_counter, 'council_counter') : 0,
      };
    },
    listChanges: async (engagementId, since, limit) => {
      await locks.lock(engagementId);
      // Named: every pull runs it, so PostgreSQL parses and plans it once per connection.
      const result = await client.query<ListedColumns>({
        name: 'triangulate_list_changes',
        text: `SELECT ${listedColumns} FROM records WHERE engagement_id = $1 AND rev > $2 ORDER BY rev LIMIT $3`,
        values: [engagementId, since, limit],
      });
      return result.rows.map(toListedRecord);
    },
    listCouncilChanges: async (engagementId, since, limit) => {
      await locks.lock(engagementId);
      const result = await client.query<ListedColumns>(
        `SELECT ${listedColumns} FROM records WHERE engagement_id = $1 AND council_rev > $2 ORDER BY council_rev LIMIT $3`,
        [engagementId, since, limit],
      );
      return result.rows.map(toListedRecord);
    },
    listRecords: async (engagementId, recordType) => {
      await locks.lock(engagementId);
      const result = await client.query<RecordColumns>(
        `SELECT ${recordColumns} FROM records WHERE engagement_id = $1 AND record_type = $2`,
        [engagementId, recordType],
      );
      return result.rows.map(toStoredRecord);
    },
    findInvite: async (codeHash) => {
      const row = await findUnderLock<InviteColumns>('SELECT * FROM invites WHERE code_hash = $1', [codeHash]);
      return row ? toInvite(row) : undefined;
    },
    findDeviceByTokenHash: async (tokenHash) => {
      const row = await findUnderLock<DeviceColumns>('SELECT * FROM devices WHERE token_hash = $1', [tokenHash]);
      return row ? toDevice(row) : undefined;
    },
    findDevice: async (deviceId) => {
      const row = await findUnderLock<DeviceColumns>('SELECT * FROM devices WHERE id = $1', [deviceId]);
      return row ? toDevice(row) : undefined;
    },
    listInvites: async (engagementId) => {
      await locks.lock(engagementId);
      const result = await client.query<InviteColumns>(
        'SELECT * FROM invites WHERE engagement_id = $1 ORDER BY created_at, id',
        [engagementId],
      );
      return result.rows.map(toInvite);
    },
    findInviteById: async (engagementId, inviteId) => {
      await locks.lock(engagementId);
      const row = await firstRow<InviteColumns>(client, 'SELECT * FROM invites WHERE engagement_id = $1 AND id = $2', [
        engagementId,
        inviteId,
      ]);
      return row ? toInvite(row) : undefined;
    },
    listDevices: async (engagementId) => {
      await locks.lock(engagementId);
      const result = await client.query<DeviceColumns>(
        'SELECT * FROM devices WHERE engagement_id = $1 ORDER BY member_id, created_at, id',
        [engagementId],
      );
      return result.rows.map(toDevice);
    },
    getPhoto: async (engagementId, photoId) => {
      await locks.lock(engagementId);
      const row = await firstRow<PhotoColumns>(client, 'SELECT * FROM photos WHERE engagement_id = $1 AND id = $2', [
        engagementId,
        photoId,
      ]);
      return row ? toPhoto(row) : undefined;
    },
    listAuditEvents: async (engagementId) => {
      await locks.lock(engagementId);
      const result = await client.query<AuditColumns>(
        'SELECT at, kind, member_id, detail FROM audit_events WHERE engagement_id = $1 ORDER BY seq',
        [engagementId],
      );
      return result.rows.map(toAuditEvent);
    },
  };
}
