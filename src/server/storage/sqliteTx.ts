import type Database from 'better-sqlite3';
import { recordTypeSchema, type AnyRecord, type RecordType } from '../../domain/records/recordTypes';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import type { DeviceRow, InviteRow, StoredRecord, WriteTx } from './storage';

type RecordColumns = { record_type: string; data: string; rev: number; field_stamps: string };
type InviteColumns = {
  code_hash: string;
  engagement_id: string;
  member_id: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
};
type DeviceColumns = {
  id: string;
  token_hash: string;
  engagement_id: string;
  member_id: string;
  created_at: string;
  revoked_at: string | null;
  last_seq: number;
};

function toStoredRecord(row: RecordColumns): StoredRecord {
  const data: unknown = JSON.parse(row.data);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`stored record data is not an object (rev ${row.rev})`);
  }
  const stamps = JSON.parse(row.field_stamps) as FieldStamps;
  return { recordType: recordTypeSchema.parse(row.record_type), data: { ...data }, rev: row.rev, stamps };
}

const toInvite = (row: InviteColumns): InviteRow => ({
  codeHash: row.code_hash,
  engagementId: row.engagement_id,
  memberId: row.member_id,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  revokedAt: row.revoked_at,
});

const toDevice = (row: DeviceColumns): DeviceRow => ({
  id: row.id,
  tokenHash: row.token_hash,
  engagementId: row.engagement_id,
  memberId: row.member_id,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastSeq: row.last_seq,
});

/**
 * The storage operations as prepared statements. They are synchronous underneath;
 * the async shape is the interface PostgreSQL will share. The caller (sqliteStorage)
 * decides whether they run inside BEGIN … COMMIT.
 */
export function createSqliteTx(db: Database.Database): WriteTx {
  const anyEngagement = db.prepare<[], { found: number }>('SELECT 1 AS found FROM engagement_counters LIMIT 1');
  const getRecord = db.prepare<[string, string, string], RecordColumns>(
    'SELECT record_type, data, rev, field_stamps FROM records WHERE engagement_id = ? AND record_type = ? AND id = ?',
  );
  const listChanges = db.prepare<[string, number, number], RecordColumns>(
    'SELECT record_type, data, rev, field_stamps FROM records WHERE engagement_id = ? AND rev > ? ORDER BY rev LIMIT ?',
  );
  const findInvite = db.prepare<[string], InviteColumns>('SELECT * FROM invites WHERE code_hash = ?');
  const findDeviceByToken = db.prepare<[string], DeviceColumns>('SELECT * FROM devices WHERE token_hash = ?');
  const findDevice = db.prepare<[string], DeviceColumns>('SELECT * FROM devices WHERE id = ?');
  const nextRev = db.prepare<[string], { counter: number }>(
    `INSERT INTO engagement_counters (engagement_id, counter) VALUES (?, 1)
     ON CONFLICT (engagement_id) DO UPDATE SET counter = counter + 1
     RETURNING counter`,
  );
  const putRecord = db.prepare<[string, string, string, string, number, number, string, string]>(
    `INSERT INTO records (engagement_id, record_type, id, data, rev, deleted, updated_at, field_stamps)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (engagement_id, record_type, id)
     DO UPDATE SET data = excluded.data, rev = excluded.rev, deleted = excluded.deleted,
       updated_at = excluded.updated_at, field_stamps = excluded.field_stamps`,
  );
  const insertInvite = db.prepare<[string, string, string, string, string | null, string | null]>(
    `INSERT INTO invites (code_hash, engagement_id, member_id, expires_at, used_at, revoked_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const markInviteUsed = db.prepare<[string, string]>('UPDATE invites SET used_at = ? WHERE code_hash = ?');
  const insertDevice = db.prepare<[string, string, string, string, string, string | null, number]>(
    `INSERT INTO devices (id, token_hash, engagement_id, member_id, created_at, revoked_at, last_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const setLastSeq = db.prepare<[number, string]>('UPDATE devices SET last_seq = ? WHERE id = ?');

  return {
    isEmpty: async () => anyEngagement.get() === undefined,
    getRecord: async (engagementId: string, recordType: RecordType, id: string) => {
      const row = getRecord.get(engagementId, recordType, id);
      return row ? toStoredRecord(row) : undefined;
    },
    listChanges: async (engagementId, since, limit) => listChanges.all(engagementId, since, limit).map(toStoredRecord),
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
    nextRev: async (engagementId) => {
      const row = nextRev.get(engagementId);
      if (!row) throw new Error('engagement counter did not return a value');
      return row.counter;
    },
    putRecord: async (recordType: RecordType, record: AnyRecord, stamps: FieldStamps) => {
      putRecord.run(
        record.engagementId,
        recordType,
        record.id,
        JSON.stringify(record),
        record.rev,
        record.deleted ? 1 : 0,
        record.updatedAt,
        JSON.stringify(stamps),
      );
    },
    insertInvite: async (invite) => {
      insertInvite.run(
        invite.codeHash,
        invite.engagementId,
        invite.memberId,
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
      );
    },
    setDeviceLastSeq: async (deviceId, lastSeq) => {
      setLastSeq.run(lastSeq, deviceId);
    },
  };
}
