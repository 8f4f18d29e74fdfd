import type { PoolClient } from 'pg';
import type { AnyRecord, RecordType } from '../../domain/records/recordTypes';
import type { FieldStamps } from '../../domain/sync/mergeMutation';
import { inlineParameters } from './postgresInline';
import { stampsToText } from './stampsText';
import type { EngagementLocks } from './postgresLocks';
import {
  recordColumns,
  toDevice,
  toSafeInt,
  toStoredRecord,
  type DeviceColumns,
  type RecordColumns,
} from './storedRows';
import type { AuditRow, ChangeCounters, DeviceRow, WriteTx } from './storage';

/** The writes a push makes once per edit, which the buffer keeps until one statement stores them all. */
export type BufferedWrites = Pick<
  WriteTx,
  | 'getRecord'
  | 'preloadRecords'
  | 'changeCounters'
  | 'nextRev'
  | 'nextCouncilRev'
  | 'putRecord'
  | 'addAuditEvent'
  | 'setDeviceLastSeq'
  | 'serverIdentity'
>;

export type WriteBuffer = {
  /**
   * The connection as every other statement of the transaction uses it: pending writes
   * are stored before each statement runs, and cached rows are forgotten after any
   * statement that is not a SELECT (it may have changed them).
   */
  client: PoolClient;
  writes: BufferedWrites;
  /** A device read with a preload and unchanged since, if any. */
  preloadedDevice(deviceId: string): DeviceRow | undefined;
  /** Remembers which engagement a device belongs to, so its last seq is written without a look-up. */
  noteDevice(deviceId: string, engagementId: string): void;
  /** Stores every pending write in one statement; called before any other statement. */
  flush(): Promise<void>;
  /**
   * The pending writes as one statement with its values written in as literals, so
   * COMMIT can travel with it in one round trip (the last one under the lock); undefined
   * when nothing is pending.
   */
  pendingText(): string | undefined;
};

/** A row of triangulate_push_preload: the counters, identity and device repeat on each. */
type PreloadRow = { [K in keyof RecordColumns | 'id']: (RecordColumns & { id: string })[K] | null } & {
  counter: string | null;
  council_counter: string | null;
  server_identity: string | null;
  device: (Omit<DeviceColumns, 'last_seq'> & { last_seq: number | string }) | null;
};

type Counters = { rev: number; councilRev: number; stored: boolean; changed: boolean };

/** Stores a transaction's pending writes ($1–$19: counters, records, audit entries, devices' last seqs). */
const flushSql = `WITH counters AS (
         INSERT INTO engagement_counters (engagement_id, counter, council_counter)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
         ON CONFLICT (engagement_id)
         DO UPDATE SET counter = excluded.counter, council_counter = excluded.council_counter
       ), stored AS (
         INSERT INTO records (engagement_id, record_type, id, data, rev, deleted, updated_at, field_stamps, council_rev)
         SELECT * FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::int[], $10::text[],
           $11::text[], $12::bigint[])
         ON CONFLICT (engagement_id, record_type, id)
         DO UPDATE SET data = excluded.data, rev = excluded.rev, deleted = excluded.deleted,
           updated_at = excluded.updated_at, field_stamps = excluded.field_stamps, council_rev = excluded.council_rev
       ), audited AS (
         INSERT INTO audit_events (engagement_id, at, kind, member_id, detail)
         SELECT engagement_id, at, kind, member_id, detail
         FROM unnest($13::text[], $14::text[], $15::text[], $16::text[], $17::text[]) WITH ORDINALITY
           AS entry(engagement_id, at, kind, member_id, detail, position)
         ORDER BY position
       ), sequenced AS (
         UPDATE devices SET last_seq = seen.last_seq
         FROM unnest($18::text[], $19::bigint[]) AS seen(id, last_seq) WHERE devices.id = seen.id
       )
       SELECT 1`;

const isQueryConfig = (value: unknown): value is { text: unknown } =>
  typeof value === 'object' && value !== null && 'text' in value;

const recordKey = (engagementId: string, recordType: string, id: string) =>
  JSON.stringify([engagementId, recordType, id]);

/**
 * Fewer round trips under the engagement lock. A push of n edits used to wait for the
 * database about 3n times (read the record, take a rev, write it); each wait keeps the
 * engagement's other writers and a pooled connection waiting too. Under the lock nothing
 * but this transaction changes the engagement's rows (postgresLocks.ts), so rows read
 * once stay true: the buffer reads all of a push's records in one SELECT, counts revs in
 * memory, and stores records, counters, audit entries and the device's last seq in one
 * statement before the next other statement or COMMIT. Rows are cached only after their
 * engagement's lock is taken.
 */
export function createWriteBuffer(connection: PoolClient, locks: EngagementLocks): WriteBuffer {
  /** Rows as a read would return them (null: known absent); pending records included. */
  const records = new Map<string, RecordColumns | null>();
  const counters = new Map<string, Counters>();
  const pendingRecords = new Map<
    string,
    RecordColumns & { engagement_id: string; id: string; deleted: number; updated_at: string }
  >();
  const pendingAudit: AuditRow[] = [];
  const pendingLastSeq = new Map<string, number>();
  const deviceEngagements = new Map<string, string>();
  /** The server's identity as read with a preload; forgotten with the cached rows. */
  let identity: string | undefined;
  /** Devices read with a preload, under their engagement's lock. */
  const devices = new Map<string, DeviceColumns>();

  const pending = () =>
    pendingRecords.size > 0 ||
    pendingAudit.length > 0 ||
    pendingLastSeq.size > 0 ||
    [...counters.values()].some((c) => c.changed);

  /** The statement storing every pending write: one, so PostgreSQL checks the records' foreign key on the counters at its end. */
  function pendingStatement(): { text: string; values: (string | number | null)[][] } | undefined {
    if (!pending()) return undefined;
    const changedCounters = [...counters.entries()].filter(([, c]) => c.changed);
    const rows = [...pendingRecords.values()];
    const seqs = [...pendingLastSeq.entries()];
    return {
      text: flushSql,
      values: [
        changedCounters.map(([engagementId]) => engagementId),
        changedCounters.map(([, c]) => c.rev),
        changedCounters.map(([, c]) => c.councilRev),
        rows.map((row) => row.engagement_id),
        rows.map((row) => row.record_type),
        rows.map((row) => row.id),
        rows.map((row) => row.data),
        rows.map((row) => row.rev),
        rows.map((row) => row.deleted),
        rows.map((row) => row.updated_at),
        rows.map((row) => row.field_stamps),
        rows.map((row) => row.council_rev),
        pendingAudit.map((event) => event.engagementId),
        pendingAudit.map((event) => event.at),
        pendingAudit.map((event) => event.kind),
        pendingAudit.map((event) => event.memberId),
        pendingAudit.map((event) => JSON.stringify(event.detail)),
        seqs.map(([deviceId]) => deviceId),
        seqs.map(([, lastSeq]) => lastSeq),
      ],
    };
  }

  /** After the pending writes are stored: the counters are in the table, nothing waits. */
  function stored(): void {
    for (const c of counters.values()) {
      if (c.changed) c.stored = true;
      c.changed = false;
    }
    pendingRecords.clear();
    pendingAudit.length = 0;
    pendingLastSeq.clear();
  }

  async function flush(): Promise<void> {
    const statement = pendingStatement();
    if (!statement) return;
    // Named: PostgreSQL parses and plans it once per connection, not on every push.
    await connection.query({ name: 'triangulate_push_flush', ...statement });
    stored();
  }

  const forgetCached = () => {
    records.clear();
    counters.clear();
    identity = undefined;
    devices.clear();
  };

  const client = new Proxy(connection, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return async (...args: unknown[]): Promise<unknown> => {
        await flush();
        const [query] = args;
        const text: unknown = typeof query === 'string' ? query : isQueryConfig(query) ? query.text : undefined;
        if (typeof text !== 'string' || !/^\s*SELECT\b/i.test(text)) forgetCached();
        return Reflect.apply(target.query, target, args) as unknown;
      };
    },
  });

  async function countersOf(engagementId: string): Promise<Counters> {
    await locks.lock(engagementId);
    const known = counters.get(engagementId);
    if (known) return known;
    const result = await connection.query<{ counter: string; council_counter: string }>(
      'SELECT counter, council_counter FROM engagement_counters WHERE engagement_id = $1',
      [engagementId],
    );
    const row = result.rows[0];
    const loaded: Counters = {
      rev: row ? toSafeInt(row.counter, 'counter') : 0,
      councilRev: row ? toSafeInt(row.council_counter, 'council_counter') : 0,
      stored: row !== undefined,
      changed: false,
    };
    counters.set(engagementId, loaded);
    return loaded;
  }

  const writes: BufferedWrites = {
    getRecord: async (engagementId: string, recordType: RecordType, id: string) => {
      await locks.lock(engagementId);
      const key = recordKey(engagementId, recordType, id);
      if (!records.has(key)) {
        // A pending write of this record is in `records`, so nothing need be flushed first.
        const result = await connection.query<RecordColumns>(
          `SELECT ${recordColumns} FROM records WHERE engagement_id = $1 AND record_type = $2 AND id = $3`,
          [engagementId, recordType, id],
        );
        records.set(key, result.rows[0] ?? null);
      }
      const row = records.get(key);
      return row ? toStoredRecord(row) : undefined;
    },
    // The engagement's lock, then the push's records, its engagement's counters, the
    // server's identity and the device, in one statement (migration 7's function): each
    // round trip saved is time the engagement stays locked.
    preloadRecords: async (engagementId, keys, deviceId) => {
      const wanted = keys.filter((k) => !records.has(recordKey(engagementId, k.recordType, k.id)));
      // Written in as literals: as a transaction's first statement, BEGIN travels with it.
      const result = await connection.query<PreloadRow>(
        inlineParameters('SELECT * FROM triangulate_push_preload($1, $2::text[], $3::text[], $4)', [
          engagementId,
          wanted.map((k) => k.recordType),
          wanted.map((k) => k.id),
          deviceId ?? null,
        ]),
      );
      locks.noteHeld(engagementId);
      const first = result.rows[0];
      if (first?.device) devices.set(first.device.id, first.device);
      identity ??= first?.server_identity ?? '';
      if (!counters.has(engagementId)) {
        counters.set(engagementId, {
          rev: first?.counter ? toSafeInt(first.counter, 'counter') : 0,
          councilRev: first?.council_counter ? toSafeInt(first.council_counter, 'council_counter') : 0,
          stored: first?.counter !== null && first?.counter !== undefined,
          changed: false,
        });
      }
      for (const k of wanted) records.set(recordKey(engagementId, k.recordType, k.id), null);
      for (const row of result.rows) {
        const { record_type, data, rev, field_stamps, council_rev, id } = row;
        // No record of the push found: the LEFT JOIN's one row of nulls.
        if (id === null || record_type === null || data === null || rev === null || field_stamps === null) continue;
        records.set(recordKey(engagementId, record_type, id), { record_type, data, rev, field_stamps, council_rev });
      }
    },
    serverIdentity: async () => {
      if (identity !== undefined) return identity;
      const result = await client.query<{ id: string }>('SELECT id FROM server_identity WHERE singleton = 1');
      return result.rows[0]?.id ?? '';
    },
    changeCounters: async (engagementId): Promise<ChangeCounters> => {
      const c = await countersOf(engagementId);
      return { rev: c.rev, councilRev: c.councilRev };
    },
    nextRev: async (engagementId) => {
      const c = await countersOf(engagementId);
      c.rev += 1;
      c.changed = true;
      return c.rev;
    },
    nextCouncilRev: async (engagementId) => {
      const c = await countersOf(engagementId);
      if (!c.stored && !c.changed) throw new Error('engagement council counter did not return a value');
      c.councilRev += 1;
      c.changed = true;
      return c.councilRev;
    },
    putRecord: async (recordType: RecordType, record: AnyRecord, stamps: FieldStamps, councilRev = null) => {
      await locks.lock(record.engagementId);
      const key = recordKey(record.engagementId, recordType, record.id);
      const row = {
        engagement_id: record.engagementId,
        record_type: recordType,
        id: record.id,
        data: JSON.stringify(record),
        rev: record.rev,
        deleted: record.deleted ? 1 : 0,
        updated_at: record.updatedAt,
        field_stamps: stampsToText(stamps),
        council_rev: councilRev,
      };
      pendingRecords.set(key, row);
      records.set(key, row);
    },
    addAuditEvent: async (event) => {
      await locks.lock(event.engagementId);
      pendingAudit.push(event);
    },
    setDeviceLastSeq: async (deviceId, lastSeq) => {
      let engagementId = deviceEngagements.get(deviceId);
      if (engagementId === undefined) {
        // Not read in this transaction: find its engagement (to take its lock) first.
        const result = await client.query<{ engagement_id: string }>(
          'SELECT engagement_id FROM devices WHERE id = $1',
          [deviceId],
        );
        engagementId = result.rows[0]?.engagement_id;
        if (engagementId === undefined) return;
        deviceEngagements.set(deviceId, engagementId);
      }
      await locks.lock(engagementId);
      pendingLastSeq.set(deviceId, lastSeq);
      // A later findDevice reads it again, after the pending seq is stored.
      devices.delete(deviceId);
    },
  };

  return {
    client,
    writes,
    noteDevice: (deviceId, engagementId) => deviceEngagements.set(deviceId, engagementId),
    preloadedDevice: (deviceId) => {
      const row = devices.get(deviceId);
      return row ? toDevice(row) : undefined;
    },
    flush,
    pendingText: () => {
      const statement = pendingStatement();
      return statement && inlineParameters(statement.text, statement.values);
    },
  };
}
