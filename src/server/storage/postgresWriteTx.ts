import type { PoolClient } from 'pg';
import { createPostgresErasureWrites } from './postgresErasure';
import { lockNamespace, type EngagementLocks } from './postgresLocks';
import { createPostgresReadTx, firstRow } from './postgresReadTx';
import { createWriteBuffer } from './postgresWriteBuffer';
import { toSafeInt } from './storedRows';
import type { DeviceRow, WriteTx } from './storage';

/**
 * The writes, for one transaction on one pooled connection. Each takes the lock of the
 * engagement it changes first (usually already held from the read before it). A push's
 * per-edit reads and writes go through the write buffer (postgresWriteBuffer.ts); every
 * other statement runs on its `client`, which stores what is pending first. What is
 * still pending at the end (`pendingText`) is sent with COMMIT.
 */
export function createPostgresWriteTx(
  connection: PoolClient,
  locks: EngagementLocks,
): { tx: WriteTx; pendingText: () => string | undefined } {
  const buffer = createWriteBuffer(connection, locks);
  const { client } = buffer;
  const reads = createPostgresReadTx(client, locks);
  /** A device read in this transaction: its last seq is then written without a look-up. */
  const noted = (device: DeviceRow | undefined) => {
    if (device) buffer.noteDevice(device.id, device.engagementId);
    return device;
  };

  /** Locks the engagement owning a row found by its key, before the row is changed. */
  async function lockOwner(sql: string, key: string): Promise<void> {
    const row = await firstRow<{ engagement_id: string }>(client, sql, [key]);
    if (row) await locks.lock(row.engagement_id);
  }

  const tx: WriteTx = {
    ...reads,
    ...createPostgresErasureWrites(client, locks),
    findDevice: async (deviceId) => noted(buffer.preloadedDevice(deviceId) ?? (await reads.findDevice(deviceId))),
    findDeviceByTokenHash: async (tokenHash) => noted(await reads.findDeviceByTokenHash(tokenHash)),
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
    rotateServerIdentity: async (id, at) => {
      // Rare (a restore): the identity row's lock orders two rotations; each device row is
      // taken as a push that holds it commits.
      await client.query('UPDATE server_identity SET id = $1, since = $2 WHERE singleton = 1', [id, at]);
      await client.query('UPDATE devices SET last_seq = 0');
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
    ...buffer.writes,
  };
  return { tx, pendingText: buffer.pendingText };
}
