import type Database from 'better-sqlite3';
import type { AnyRecord, RecordType } from '../../domain/records/recordTypes';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import { stampsToText } from './stampsText';
import type { SqliteCounters } from './sqliteCounters';
import { createSqliteErasure } from './sqliteErasure';
import { toAuditEvent, type AuditColumns } from './auditRows';
import type { WriteTx } from './storage';
import {
  toDevice,
  toInvite,
  toPhoto,
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

/**
 * The storage operations as prepared statements. They are synchronous underneath;
 * the async shape is the interface PostgreSQL will share. The caller (sqliteStorage)
 * decides whether they run inside BEGIN … COMMIT.
 */
export function createSqliteTx(db: Database.Database, counters: SqliteCounters): WriteTx {
  const anyEngagement = db.prepare<[], { found: number }>('SELECT 1 AS found FROM engagement_counters LIMIT 1');
  const getRecord = db.prepare<[string, string, string], RecordColumns>(
    `SELECT ${recordColumns} FROM records WHERE engagement_id = ? AND record_type = ? AND id = ?`,
  );
  // `data` as bytes: a team pull sends these pages on as they are (pullAnswer.ts), and
  // strings of thousands of records cost a UTF-8 decode, the young generation's copying
  // while the page lives, and an encode back to the same bytes.
  const listChanges = db.prepare<[string, number, number], ListedColumns>(
    `SELECT record_type, CAST(data AS BLOB) AS data, rev, council_rev
     FROM records WHERE engagement_id = ? AND rev > ? ORDER BY rev LIMIT ?`,
  );
  const listCouncilChanges = db.prepare<[string, number, number], ListedColumns>(
    `SELECT ${listedColumns} FROM records WHERE engagement_id = ? AND council_rev > ? ORDER BY council_rev LIMIT ?`,
  );
  const listRecords = db.prepare<[string, string], RecordColumns>(
    `SELECT ${recordColumns} FROM records WHERE engagement_id = ? AND record_type = ?`,
  );
  const findInvite = db.prepare<[string], InviteColumns>('SELECT * FROM invites WHERE code_hash = ?');
  const findDeviceByToken = db.prepare<[string], DeviceColumns>('SELECT * FROM devices WHERE token_hash = ?');
  const findDevice = db.prepare<[string], DeviceColumns>('SELECT * FROM devices WHERE id = ?');
  const putRecord = db.prepare<[string, string, string, string, number, number, string, string, number | null]>(
    `INSERT INTO records (engagement_id, record_type, id, data, rev, deleted, updated_at, field_stamps, council_rev)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (engagement_id, record_type, id)
     DO UPDATE SET data = excluded.data, rev = excluded.rev, deleted = excluded.deleted,
       updated_at = excluded.updated_at, field_stamps = excluded.field_stamps, council_rev = excluded.council_rev`,
  );
  const insertInvite = db.prepare<[string, string, string, string, string, string, string | null, string | null]>(
    `INSERT INTO invites (id, code_hash, engagement_id, member_id, created_at, expires_at, used_at, revoked_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const markInviteUsed = db.prepare<[string, string]>('UPDATE invites SET used_at = ? WHERE code_hash = ?');
  const insertDevice = db.prepare<[string, string, string, string, string, string | null, number, string | null]>(
    `INSERT INTO devices (id, token_hash, engagement_id, member_id, created_at, revoked_at, last_seq, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const setLastSeq = db.prepare<[number, string]>('UPDATE devices SET last_seq = ? WHERE id = ?');
  const serverIdentity = db.prepare<[], { id: string }>('SELECT id FROM server_identity WHERE singleton = 1');
  const rotateIdentity = db.prepare<[string, string]>(
    'UPDATE server_identity SET id = ?, since = ? WHERE singleton = 1',
  );
  const forgetLastSeqs = db.prepare('UPDATE devices SET last_seq = 0');
  const listInvites = db.prepare<[string], InviteColumns>(
    'SELECT * FROM invites WHERE engagement_id = ? ORDER BY created_at, id',
  );
  const findInviteById = db.prepare<[string, string], InviteColumns>(
    'SELECT * FROM invites WHERE engagement_id = ? AND id = ?',
  );
  const listDevices = db.prepare<[string], DeviceColumns>(
    'SELECT * FROM devices WHERE engagement_id = ? ORDER BY member_id, created_at, id',
  );
  const getPhoto = db.prepare<[string, string], PhotoColumns>(
    'SELECT * FROM photos WHERE engagement_id = ? AND id = ?',
  );
  const revokeInvite = db.prepare<[string, string, string]>(
    'UPDATE invites SET revoked_at = ? WHERE engagement_id = ? AND id = ? AND revoked_at IS NULL',
  );
  const revokeDevice = db.prepare<[string, string]>(
    'UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  );
  const setLastSeen = db.prepare<[string, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
  const insertPhoto = db.prepare<[string, string, string, Buffer, string, string]>(
    `INSERT INTO photos (engagement_id, id, content_type, bytes, member_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (engagement_id, id) DO NOTHING`,
  );
  const listAuditEvents = db.prepare<[string], AuditColumns>(
    'SELECT at, kind, member_id, detail FROM audit_events WHERE engagement_id = ? ORDER BY seq',
  );
  const addAuditEvent = db.prepare<[string, string, string, string | null, string]>(
    'INSERT INTO audit_events (engagement_id, at, kind, member_id, detail) VALUES (?, ?, ?, ?, ?)',
  );
  const joinAttemptsSince = db.prepare<[string, number], { at_ms: number }>(
    'SELECT at_ms FROM join_attempts WHERE address = ? AND at_ms > ? ORDER BY at_ms',
  );
  const addJoinAttempt = db.prepare<[string, number]>('INSERT INTO join_attempts (address, at_ms) VALUES (?, ?)');
  const forgetJoinAttempts = db.prepare<[number]>('DELETE FROM join_attempts WHERE at_ms <= ?');

  const erasure = createSqliteErasure(db);
  return {
    ...erasure,
    deleteEngagement: async (engagementId) => {
      counters.forget(engagementId);
      return erasure.deleteEngagement(engagementId);
    },
    isEmpty: async () => anyEngagement.get() === undefined,
    getRecord: async (engagementId: string, recordType: RecordType, id: string) => {
      const row = getRecord.get(engagementId, recordType, id);
      return row ? toStoredRecord(row) : undefined;
    },
    changeCounters: async (engagementId) => counters.changeCounters(engagementId),
    listChanges: async (engagementId, since, limit) => listChanges.all(engagementId, since, limit).map(toListedRecord),
    listCouncilChanges: async (engagementId, since, limit) =>
      listCouncilChanges.all(engagementId, since, limit).map(toListedRecord),
    listRecords: async (engagementId, recordType) => listRecords.all(engagementId, recordType).map(toStoredRecord),
    findInvite: async (codeHash) => {
      const row = findInvite.get(codeHash);
      return row ? toInvite(row) : undefined;
    },
    findDeviceByTokenHash: async (tokenHash) => {
      const row = findDeviceByToken.get(tokenHash);
      return row ? toDevice(row) : undefined;
    },
    findDevice: async (deviceId) => {
      const row = findDevice.get(deviceId);
      return row ? toDevice(row) : undefined;
    },
    // Each read is a call into the same process: nothing to gain by reading ahead.
    preloadRecords: async () => undefined,
    nextRev: async (engagementId) => counters.nextRev(engagementId),
    nextCouncilRev: async (engagementId) => counters.nextCouncilRev(engagementId),
    putRecord: async (recordType: RecordType, record: AnyRecord, stamps: FieldStamps, councilRev = null) => {
      putRecord.run(
        record.engagementId,
        recordType,
        record.id,
        JSON.stringify(record),
        record.rev,
        record.deleted ? 1 : 0,
        record.updatedAt,
        stampsToText(stamps),
        councilRev,
      );
    },
    insertInvite: async (invite) => {
      insertInvite.run(
        invite.id,
        invite.codeHash,
        invite.engagementId,
        invite.memberId,
        invite.createdAt,
        invite.expiresAt,
        invite.usedAt,
        invite.revokedAt,
      );
    },
    markInviteUsed: async (codeHash, usedAt) => {
      markInviteUsed.run(usedAt, codeHash);
    },
    insertDevice: async (device) => {
      insertDevice.run(
        device.id,
        device.tokenHash,
        device.engagementId,
        device.memberId,
        device.createdAt,
        device.revokedAt,
        device.lastSeq,
        device.lastSeenAt,
      );
    },
    setDeviceLastSeq: async (deviceId, lastSeq) => {
      setLastSeq.run(lastSeq, deviceId);
    },
    serverIdentity: async () => serverIdentity.get()?.id ?? '',
    rotateServerIdentity: async (id, at) => {
      rotateIdentity.run(id, at);
      forgetLastSeqs.run();
    },
    listInvites: async (engagementId) => listInvites.all(engagementId).map(toInvite),
    findInviteById: async (engagementId, inviteId) => {
      const row = findInviteById.get(engagementId, inviteId);
      return row ? toInvite(row) : undefined;
    },
    listDevices: async (engagementId) => listDevices.all(engagementId).map(toDevice),
    getPhoto: async (engagementId, photoId) => {
      const row = getPhoto.get(engagementId, photoId);
      return row ? toPhoto(row) : undefined;
    },
    revokeInvite: async (engagementId, inviteId, revokedAt) => {
      revokeInvite.run(revokedAt, engagementId, inviteId);
    },
    revokeDevice: async (deviceId, revokedAt) => {
      revokeDevice.run(revokedAt, deviceId);
    },
    setDeviceLastSeen: async (deviceId, lastSeenAt) => {
      setLastSeen.run(lastSeenAt, deviceId);
    },
    insertPhoto: async (photo) => {
      const bytes = Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength);
      const result = insertPhoto.run(
        photo.engagementId,
        photo.id,
        photo.contentType,
        bytes,
        photo.memberId,
        photo.createdAt,
      );
      return result.changes === 1;
    },
    listAuditEvents: async (engagementId) => listAuditEvents.all(engagementId).map(toAuditEvent),
    addAuditEvent: async (event) => {
      addAuditEvent.run(event.engagementId, event.at, event.kind, event.memberId, JSON.stringify(event.detail));
    },
    // BEGIN IMMEDIATE already holds the whole database, so nothing else counts meanwhile.
    joinAttemptsSince: async (address, sinceMs) => joinAttemptsSince.all(address, sinceMs).map((row) => row.at_ms),
    addJoinAttempt: async (address, atMs) => {
      addJoinAttempt.run(address, atMs);
    },
    forgetJoinAttempts: async (atMs) => {
      forgetJoinAttempts.run(atMs);
    },
  };
}
