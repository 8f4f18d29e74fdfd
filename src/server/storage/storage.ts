import type { AnyRecord, RecordType } from '../../domain/records/recordTypes';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import type { ErasureReads, ErasureWrites } from './erasureTx';
import type { AuditEvent } from '../audit/auditEvent';

/**
 * A record's JSON as stored: text, or its UTF-8 bytes where SQLite hands them over as they
 * are (a team pull's pages, sent on without becoming JavaScript strings).
 */
export type RecordJson = string | Uint8Array;

/** A record as stored: the full record plus the columns used to find and order it. */
export type StoredRecord = {
  recordType: RecordType;
  /** The full record, already validated when it was written (parsed from `json` when first read). */
  data: Record<string, unknown>;
  /** The record as stored JSON: a pull sends it as it is, never parsing it. */
  json: RecordJson;
  rev: number;
  /** Which change and device last wrote each field: how the server sees concurrent edits. */
  stamps: FieldStamps;
  /**
   * The engagement's council change number when the council last saw this record change;
   * null for records the council may not read. The council pulls and sees revs by it.
   */
  councilRev: number | null;
};

/** A device with its member's record (undefined when the member record is gone). */
export type SignedIn = { device: DeviceRow; member: ListedRecord | undefined };

/** A record as a list of changes reads it: without its stamps, which only a write needs. */
export type ListedRecord = Omit<StoredRecord, 'stamps'>;

/** The last change number handed out, for the team and for the council. */
export type ChangeCounters = { rev: number; councilRev: number };

/** What a team pull reads (Storage.readChanges). */
export type ChangesRead = {
  identity: string;
  /** Undefined when no device was asked for or it is gone. */
  deviceLastSeq: number | undefined;
  counters: ChangeCounters;
  rows: ListedRecord[];
};

/** A single-use join code for one member; only the hash of the code is kept. */
export type InviteRow = {
  /** Names the invite in lists and revocations, so the code (or its hash) never has to. */
  id: string;
  codeHash: string;
  engagementId: string;
  memberId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
};

/** One device that joined with an invite; its bearer token is kept only as a hash. */
export type DeviceRow = {
  id: string;
  tokenHash: string;
  engagementId: string;
  memberId: string;
  createdAt: string;
  revokedAt: string | null;
  /** Highest mutation seq applied from this device: the push duplicate/gap check. */
  lastSeq: number;
  /** Last authenticated request, to a few minutes: lets a manager spot a lost tablet. */
  lastSeenAt: string | null;
};

/** A photo taken on a device; its id is a UUID the device made, so uploads can repeat. */
export type PhotoRow = {
  engagementId: string;
  id: string;
  /** Sniffed from the bytes on upload, never taken from the request. */
  contentType: string;
  bytes: Uint8Array;
  /** The member whose device uploaded it. */
  memberId: string;
  createdAt: string;
};

/** One audit log entry of an engagement (see audit/auditEvent.ts). */
export type AuditRow = AuditEvent & { engagementId: string };

/** Reads; inside `read` they see one consistent snapshot. */
export interface ReadTx extends ErasureReads {
  /** True when no engagement has ever been stored (first start). */
  isEmpty(): Promise<boolean>;
  getRecord(engagementId: string, recordType: RecordType, id: string): Promise<StoredRecord | undefined>;
  /** The engagement's change counters as they stand (0 and 0 before its first change). */
  changeCounters(engagementId: string): Promise<ChangeCounters>;
  /** Records with rev > since, ascending by rev, at most `limit`; tombstones included. */
  listChanges(engagementId: string, since: number, limit: number): Promise<ListedRecord[]>;
  /** Records with council_rev > since, ascending by it, at most `limit`: the council's pull. */
  listCouncilChanges(engagementId: string, since: number, limit: number): Promise<ListedRecord[]>;
  /** Every record of one type in the engagement, tombstones included, in no set order. */
  listRecords(engagementId: string, recordType: RecordType): Promise<StoredRecord[]>;
  findInvite(codeHash: string): Promise<InviteRow | undefined>;
  findDeviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined>;
  findDevice(deviceId: string): Promise<DeviceRow | undefined>;
  /** The engagement's invites, oldest first. */
  listInvites(engagementId: string): Promise<InviteRow[]>;
  findInviteById(engagementId: string, inviteId: string): Promise<InviteRow | undefined>;
  /** The engagement's devices, revoked ones included, by member then oldest first. */
  listDevices(engagementId: string): Promise<DeviceRow[]>;
  getPhoto(engagementId: string, photoId: string): Promise<PhotoRow | undefined>;
  /** The id naming this database's history: it changes when the server is restored (serverIdentity.ts). */
  serverIdentity(): Promise<string>;
  /** The engagement's audit log, oldest first. */
  listAuditEvents(engagementId: string): Promise<AuditEvent[]>;
}

/** Writes, only available inside `transaction`. */
export interface WriteTx extends ReadTx, ErasureWrites {
  /**
   * Reads these records of the engagement in one go, so the getRecord calls for them
   * that follow need not each wait for the database (PostgreSQL); nothing on SQLite.
   */
  preloadRecords(
    engagementId: string,
    keys: readonly { recordType: RecordType; id: string }[],
    /** A device of the engagement to read with them (the pusher's), for findDevice. */
    deviceId?: string,
  ): Promise<void>;
  /**
   * Increments the engagement's change counter (creating it at 1) and returns the new
   * value. It must hold the counter until commit, so revs become visible in order.
   */
  nextRev(engagementId: string): Promise<number>;
  /**
   * Increments the engagement's council change counter (its counter row exists: call
   * nextRev first) and returns the new value; held until commit like nextRev.
   */
  nextCouncilRev(engagementId: string): Promise<number>;
  /**
   * Inserts or replaces the record under (engagementId, recordType, id), with its council
   * change number (null, the default, for a record the council never reads).
   */
  putRecord(recordType: RecordType, record: AnyRecord, stamps: FieldStamps, councilRev?: number | null): Promise<void>;
  insertInvite(invite: InviteRow): Promise<void>;
  markInviteUsed(codeHash: string, usedAt: string): Promise<void>;
  insertDevice(device: DeviceRow): Promise<void>;
  setDeviceLastSeq(deviceId: string, lastSeq: number): Promise<void>;
  /** Sets revoked_at unless already set, so revoking twice keeps the first time. */
  revokeInvite(engagementId: string, inviteId: string, revokedAt: string): Promise<void>;
  /** Sets revoked_at unless already set: the device's token stops working at once. */
  revokeDevice(deviceId: string, revokedAt: string): Promise<void>;
  setDeviceLastSeen(deviceId: string, lastSeenAt: string): Promise<void>;
  /**
   * Stores the photo unless one with the same (engagementId, id) exists, which is kept
   * unchanged: a retried upload is harmless. Returns whether this call stored it.
   */
  insertPhoto(photo: PhotoRow): Promise<boolean>;
  /**
   * Gives the server a new identity after a restore and forgets every device's last seq,
   * since the sequences it recorded belong to the history before: each device's next
   * push starts its sequence afresh.
   */
  rotateServerIdentity(id: string, at: string): Promise<void>;
  /** Appends to the engagement's audit log; entries are never changed or removed. */
  addAuditEvent(event: AuditRow): Promise<void>;
  /**
   * The times (ms) of join attempts from an address after `sinceMs`, oldest first. Holds
   * the address until commit, so processes sharing the database count one at a time.
   */
  joinAttemptsSince(address: string, sinceMs: number): Promise<number[]>;
  addJoinAttempt(address: string, atMs: number): Promise<void>;
  /** Forgets every address's attempts at or before `atMs`: they no longer count. */
  forgetJoinAttempts(atMs: number): Promise<void>;
}

/**
 * The one storage interface: SQLite now, PostgreSQL next with the same behaviour.
 * Do not call `read` or `transaction` from inside another callback: they queue
 * behind the open one and would wait for ever.
 */
export interface Storage {
  /**
   * The device holding a token (by its hash) and its member record, read by one statement
   * outside any transaction: every request authenticates, and on PostgreSQL a read
   * transaction cost four round trips where this costs one.
   */
  findSignedIn(tokenHash: string): Promise<SignedIn | undefined>;
  /**
   * A team pull's reads in one snapshot: the server's identity, the device's last seq
   * (when `deviceId` is given and the device exists), the engagement's counters and the
   * records with rev > since, ascending, at most `limit`. One statement on PostgreSQL,
   * where a read transaction costs BEGIN and COMMIT besides.
   */
  readChanges(engagementId: string, since: number, limit: number, deviceId?: string): Promise<ChangesRead>;
  /** Runs fn with a consistent view; nothing is written. */
  read<T>(fn: (tx: ReadTx) => Promise<T>): Promise<T>;
  /**
   * Runs fn in one write transaction: committed if fn resolves, rolled back if it throws.
   * `engagementId` names the engagement it writes, when known: on PostgreSQL this
   * process's writers of one engagement then wait in turn before taking a connection,
   * instead of each holding one while it waits for the engagement's lock.
   */
  transaction<T>(fn: (tx: WriteTx) => Promise<T>, engagementId?: string): Promise<T>;
  /**
   * Runs fn on `times` scratch views of the database at once, each on a connection of its
   * own, whose writes are all rolled back at the end; then opens and readies every pooled
   * connection. The server runs its own sync paths before it listens, so the first
   * requests find its code and connections warm. PostgreSQL only.
   */
  rehearse?(times: number, fn: (scratch: Storage) => Promise<void>): Promise<void>;
  /** Waits for work in progress, then closes the database. */
  close(): Promise<void>;
}
