import { recordTypeSchema, type RecordType } from '../../domain/records/recordTypes';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import { stampsFromText } from './stampsText';
import type { DeviceRow, InviteRow, ListedRecord, PhotoRow, SignedIn, StoredRecord } from './storage';

/**
 * Rows as both databases return them (same column names) and their mapping to the
 * storage types. Integer columns are numbers from SQLite and strings from pg (BIGINT may
 * exceed a double); ours never do, so parse and check.
 */
export function toSafeInt(value: string | number, column: string): number {
  const parsed = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(parsed)) throw new Error(`${column} is not a safe integer: ${value}`);
  return parsed;
}

export type RecordColumns = {
  record_type: string;
  data: string;
  rev: string | number;
  field_stamps: string;
  council_rev: string | number | null;
};
/** The columns every record read selects. */
export const recordColumns = 'record_type, data, rev, field_stamps, council_rev';
/** A list of changes may read `data` as its UTF-8 bytes (SQLite's team pull: sqliteTx.ts). */
export type ListedColumns = Omit<RecordColumns, 'field_stamps' | 'data'> & { data: string | Uint8Array };
/** The columns a list of changes selects: the stamps are often larger than the record. */
export const listedColumns = 'record_type, data, rev, council_rev';
export type InviteColumns = {
  id: string;
  code_hash: string;
  engagement_id: string;
  member_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
};
export type DeviceColumns = {
  id: string;
  token_hash: string;
  engagement_id: string;
  member_id: string;
  created_at: string;
  revoked_at: string | null;
  last_seq: string | number;
  last_seen_at: string | null;
};
export type PhotoColumns = {
  engagement_id: string;
  id: string;
  content_type: string;
  /** BLOB (SQLite) and BYTEA (pg) both come back as a Buffer. */
  bytes: Buffer;
  member_id: string;
  created_at: string;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const utf8 = new TextDecoder();

const knownRecordTypes = new Set<string>(recordTypeSchema.options);
const isRecordType = (value: string): value is RecordType => knownRecordTypes.has(value);

export function toListedRecord(row: ListedColumns): ListedRecord {
  if (!isRecordType(row.record_type)) throw new Error(`stored record type is unknown: ${row.record_type}`);
  let data: Record<string, unknown> | undefined;
  return {
    recordType: row.record_type,
    json: row.data,
    // Parsed when first read: a pull sends thousands of records as stored.
    get data() {
      if (data) return data;
      const parsed: unknown = JSON.parse(typeof row.data === 'string' ? row.data : utf8.decode(row.data));
      if (!isObject(parsed)) throw new Error(`stored record data is not an object (rev ${row.rev})`);
      data = parsed;
      return data;
    },
    rev: toSafeInt(row.rev, 'rev'),
    councilRev: row.council_rev === null ? null : toSafeInt(row.council_rev, 'council_rev'),
  };
}

export function toStoredRecord(row: RecordColumns): StoredRecord {
  const listed = toListedRecord(row);
  let stamps: FieldStamps | undefined;
  return {
    recordType: listed.recordType,
    json: listed.json,
    get data() {
      return listed.data;
    },
    rev: listed.rev,
    // Parsed when first read, like the record.
    get stamps() {
      stamps ??= stampsFromText(row.field_stamps);
      return stamps;
    },
    councilRev: listed.councilRev,
  };
}

export const toInvite = (row: InviteColumns): InviteRow => ({
  id: row.id,
  codeHash: row.code_hash,
  engagementId: row.engagement_id,
  memberId: row.member_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  revokedAt: row.revoked_at,
});

export const toDevice = (row: DeviceColumns): DeviceRow => ({
  id: row.id,
  tokenHash: row.token_hash,
  engagementId: row.engagement_id,
  memberId: row.member_id,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastSeq: toSafeInt(row.last_seq, 'last_seq'),
  lastSeenAt: row.last_seen_at,
});

export const toPhoto = (row: PhotoColumns): PhotoRow => ({
  engagementId: row.engagement_id,
  id: row.id,
  contentType: row.content_type,
  bytes: new Uint8Array(row.bytes),
  memberId: row.member_id,
  createdAt: row.created_at,
});

/** The device columns and its member record's, as `findSignedIn` selects them on both databases. */
export type SignedInColumns = DeviceColumns & {
  member_data: string | null;
  member_rev: string | number | null;
  member_council_rev: string | number | null;
};
export const signedInQuery = (parameter: string) =>
  `SELECT devices.*, records.data AS member_data, records.rev AS member_rev, records.council_rev AS member_council_rev
   FROM devices LEFT JOIN records ON records.engagement_id = devices.engagement_id
     AND records.record_type = 'member' AND records.id = devices.member_id
   WHERE devices.token_hash = ${parameter}`;

export const toSignedIn = (row: SignedInColumns): SignedIn => ({
  device: toDevice(row),
  member:
    row.member_data === null || row.member_rev === null
      ? undefined
      : toListedRecord({
          record_type: 'member',
          data: row.member_data,
          rev: row.member_rev,
          council_rev: row.member_council_rev,
        }),
});
