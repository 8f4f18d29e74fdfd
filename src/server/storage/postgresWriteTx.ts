import type { PoolClient } from 'pg';
import type { AnyRecord, RecordType } from '../../domain/records/recordTypes';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import { createPostgresErasureWrites } from './postgresErasure';
import { lockNamespace, type EngagementLocks } from './postgresLocks';
import { createPostgresReadTx, firstRow } from './postgresReadTx';
import { toSafeInt } from './storedRows';
import type { WriteTx } from './storage';

/**
 * The writes, for one transaction on one pooled connection. Each takes the lock of the
 * engagement it changes first (usually already held from the read before it).
 */
export function createPostgresWriteTx(client: PoolClient, locks: EngagementLocks): WriteTx {
  /** Locks the engagement owning a row found by its key, before the row is changed. */
  async function lockOwner(sql: string, key: string): Promise<void> {
    const row = await firstRow<{ engagement_id: string }>(client, sql, [key]);
    if (row) await locks.lock(row.engagement_id);
  }

  return {
    ...createPostgresReadTx(client, locks),
    ...createPostgresErasureWrites(client, locks),
    nextRev: async (engagementId) => {
      await locks.lock(engagementId);
      // The upsert also keeps the counter row locked until commit: revs of one engagement
      // commit in order, so a pull by `rev > since` never passes a rev that commits later.
      const row = await firstRow<{ counter: string }>(
        client,
        `INSERT INTO engagement_counters (engagement_id, counter) VALUES ($1, 1)
         ON CONFLICT (engagement_id) DO UPDATE SET counter = engagement_counters.counter + 1
         RETURNING counter`,
        [engagementId],
      );
      if (!row) throw new Error('engagement counter did not return a value');
      return toSafeInt(row.counter, 'counter');
    },
    nextCouncilRev: async (engagementId) => {
      await locks.lock(engagementId);
      const row = await firstRow<{ council_counter: string }>(
        client,
        `UPDATE engagement_counters SET council_counter = council_counter + 1 WHERE engagement_id = $1
         RETURNING council_counter`,
        [engagementId],
      );
      if (!row) throw new Error('engagement council counter did not return a value');
      return toSafeInt(row.council_counter, 'council_counter');
    },
    putRecord: async (recordType: RecordType, record: AnyRecord, stamps: FieldStamps, councilRev = null) => {
      await locks.lock(record.engagementId);
      await client.query(
        `INSERT INTO records (engagement_id, record_type, id, data, rev, deleted, updated_at, field_stamps, council_rev)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (engagement_id, record_type, id)
         DO UPDATE SET data = excluded.data, rev = excluded.rev, deleted = excluded.deleted,
           updated_at = excluded.updated_at, field_stamps = excluded.field_stamps, council_rev = excluded.council_rev`,
        [
          record.engagementId,
          recordType,
          record.id,
          JSON.stringify(record),
          record.rev,
          record.deleted ? 1 : 0,
          record.updatedAt,
          JSON.stringify(stamps),
          councilRev,
        ],
      );
    },
    insertInvite: async (invite) => {
      await locks.lock(invite.engagementId);
      await client.query(
        `INSERT INTO invites (id, code_hash, engagement_id, member_id, created_at, expires_at, used_at, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          invite.id,
          invite.codeHash,
          invite.engagementId,
          invite.memberId,
          invite.createdAt,
          invite.expiresAt,
          invite.usedAt,
          invite.revokedAt,
        ],
      );
    },
    markInviteUsed: async (codeHash, usedAt) => {
      await lockOwner('SELECT engagement_id FROM invites WHERE code_hash = $1', codeHash);
      await client.query('UPDATE invites SET used_at = $1 WHERE code_hash = $2', [usedAt, codeHash]);
    },
    insertDevice: async (device) => {
      await locks.lock(device.engagementId);
      await client.query(
        `INSERT INTO devices (id, token_hash, engagement_id, member_id, created_at, revoked_at, last_seq, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          device.id,
          device.tokenHash,
          device.engagementId,
          device.memberId,
          device.createdAt,
          device.revokedAt,
          device.lastSeq,
          device.lastSeenAt,
        ],
      );
    },
    setDeviceLastSeq: async (deviceId, lastSeq) => {
      await lockOwner('SELECT engagement_id FROM devices WHERE id = $1', deviceId);
      await client.query('UPDATE devices SET last_seq = $1 WHERE id = $2', [lastSeq, deviceId]);
    },
    revokeInvite: async (engagementId, inviteId, revokedAt) => {
      await locks.lock(engagementId);
      await client.query(
        'UPDATE invites SET revoked_at = $1 WHERE engagement_id = $2 AND id = $3 AND revoked_at IS NULL',
        [revokedAt, engagementId, inviteId],
      );
    },
    revokeDevice: async (deviceId, revokedAt) => {
      await lockOwner('SELECT engagement_id FROM devices WHERE id = $1', deviceId);
      await client.query('UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
        revokedAt,
        deviceId,
      ]);
    },
    setDeviceLastSeen: async (deviceId, lastSeenAt) => {
      await lockOwner('SELECT engagement_id FROM devices WHERE id = $1', deviceId);
      await client.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [lastSeenAt, deviceId]);
    },
    insertPhoto: async (photo) => {
      await locks.lock(photo.engagementId);
      // A view on the same memory, not a copy: photos run to megabytes.
      const bytes = Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength);
      const result = await client.query(
        `INSERT INTO photos (engagement_id, id, content_type, bytes, member_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (engagement_id, id) DO NOTHING`,
        [photo.engagementId, photo.id, photo.contentType, bytes, photo.memberId, photo.createdAt],
      );
      return result.rowCount === 1;
    },
    addAuditEvent: async (event) => {
      await locks.lock(event.engagementId);
      await client.query(
        'INSERT INTO audit_events (engagement_id, at, kind, member_id, detail) VALUES ($1, $2, $3, $4, $5)',
        [event.engagementId, event.at, event.kind, event.memberId, JSON.stringify(event.detail)],
      );
    },
    joinAttemptsSince: async (address, sinceMs) => {
      // Processes count one address at a time: two can never both see 9 and let 11 through.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [lockNamespace.joinAttempts, address]);
      const result = await client.query<{ at_ms: string }>(
        'SELECT at_ms FROM join_attempts WHERE address = $1 AND at_ms > $2 ORDER BY at_ms',
        [address, sinceMs],
      );
      return result.rows.map((row) => toSafeInt(row.at_ms, 'at_ms'));
    },
    addJoinAttempt: async (address, atMs) => {
      await client.query('INSERT INTO join_attempts (address, at_ms) VALUES ($1, $2)', [address, atMs]);
    },
    forgetJoinAttempts: async (atMs) => {
      // Rows another process is forgetting right now are skipped, not waited for: no
      // two sweeps ever wait on each other.
      await client.query(
        `DELETE FROM join_attempts WHERE ctid IN (
           SELECT ctid FROM join_attempts WHERE at_ms <= $1 FOR UPDATE SKIP LOCKED)`,
        [atMs],
      );
    },
  };
}
