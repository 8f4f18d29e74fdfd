import { lockNamespace } from './postgresLocks';

/**
 * Schema changes in order. Never edit a shipped migration: add the next number.
 * Applied ones are recorded in schema_migrations. One list serves both databases:
 * `sql` runs on SQLite, and on PostgreSQL too unless the step gives a `postgres`
 * variant for SQL that differs by dialect.
 */
export type Migration = { version: number; name: string; sql: string; postgres?: string };

/** Part of migration 3 that both dialects share. */
const inviteAndDeviceIndexes = `
  CREATE UNIQUE INDEX invites_by_id ON invites (id);
  CREATE INDEX invites_by_engagement ON invites (engagement_id, created_at);
  ALTER TABLE devices ADD COLUMN last_seen_at TEXT;
  CREATE INDEX devices_by_engagement ON devices (engagement_id, member_id);
`;

/** Photos are immutable bytes keyed by the UUID the device made (migration 3). */
const photosTable = (bytesType: 'BLOB' | 'BYTEA') => `
  CREATE TABLE photos (
    engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
    id TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes ${bytesType} NOT NULL,
    member_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (engagement_id, id)
  );
`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'records, counters, invites, devices',
    sql: `
      CREATE TABLE engagement_counters (
        engagement_id TEXT PRIMARY KEY,
        counter INTEGER NOT NULL
      );
      CREATE TABLE records (
        engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
        record_type TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT NOT NULL,
        rev INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (engagement_id, record_type, id)
      );
      CREATE INDEX records_by_rev ON records (engagement_id, rev);
      CREATE TABLE invites (
        code_hash TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
        member_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        revoked_at TEXT
      );
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
        member_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        last_seq INTEGER NOT NULL DEFAULT 0
      );
    `,
    // SQLite's INTEGER is 64-bit; PostgreSQL's is 32-bit, so counters and seqs are BIGINT.
    // data stays TEXT (not jsonb) so a record reads back exactly as it was written.
    postgres: `
      CREATE TABLE engagement_counters (
        engagement_id TEXT PRIMARY KEY,
        counter BIGINT NOT NULL
      );
      CREATE TABLE records (
        engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
        record_type TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT NOT NULL,
        rev BIGINT NOT NULL,
        deleted INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (engagement_id, record_type, id)
      );
      CREATE INDEX records_by_rev ON records (engagement_id, rev);
      CREATE TABLE invites (
        code_hash TEXT PRIMARY KEY,
        engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
        member_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        revoked_at TEXT
      );
      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        engagement_id TEXT NOT NULL REFERENCES engagement_counters(engagement_id),
        member_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        last_seq BIGINT NOT NULL DEFAULT 0
      );
    `,
  },
  {
    version: 2,
    name: 'per-field stamps for conflict detection',
    // Which change number and device last wrote each field: see domain/sync/mergeMutation.ts.
    sql: `ALTER TABLE records ADD COLUMN field_stamps TEXT NOT NULL DEFAULT '{}';`,
  },
  {
    version: 3,
    name: 'invite ids, device last seen, photos',
    // Invites made before this had no id: each gets a random UUID, and the creation time
    // they were made with (every earlier invite lasted the default 14 days). Only the
    // UUID and date functions differ by dialect, and BLOB is BYTEA on PostgreSQL.
    sql: `
      ALTER TABLE invites ADD COLUMN id TEXT;
      ALTER TABLE invites ADD COLUMN created_at TEXT;
      UPDATE invites SET
        id = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
          || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1)
          || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
        created_at = strftime('%Y-%m-%dT%H:%M:%fZ', expires_at, '-14 days');
      ${inviteAndDeviceIndexes}
      ${photosTable('BLOB')}
    `,
    postgres: `
      ALTER TABLE invites ADD COLUMN id TEXT;
      ALTER TABLE invites ADD COLUMN created_at TEXT;
      UPDATE invites SET
        id = gen_random_uuid()::text,
        created_at = to_char((expires_at::timestamptz - interval '14 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
      ${inviteAndDeviceIndexes}
      ${photosTable('BYTEA')}
    `,
  },
  {
    version: 4,
    name: 'the council change counter',
    // The council's pull follows a counter of its own (see docs/sync-protocol.md): a
    // record it may read carries council_rev, the change number of its last write the
    // council can see. Records stored before are numbered in rev order.
    sql: councilCounter('INTEGER'),
    postgres: councilCounter('BIGINT'),
  },
  {
    version: 5,
    name: 'audit events, join attempts',
    // The audit log (docs/operations.md) has no foreign key: it outlives an erased
    // engagement. Join attempts are the join rate limit, shared by every server process.
    sql: auditAndJoinAttempts('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER'),
    postgres: auditAndJoinAttempts('BIGSERIAL PRIMARY KEY', 'BIGINT'),
  },
  {
    version: 6,
    name: 'the server identity',
    // One row naming this database's history (docs/sync-protocol.md, "After a restore"): a
    // new database gets a fresh one here; a restored one is given a new one by
    // `admin restored` or when a device shows the server went back in time.
    sql: serverIdentity('lower(hex(randomblob(16)))', "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
    postgres: serverIdentity(
      "replace(gen_random_uuid()::text, '-', '')",
      `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    ),
  },
  {
    version: 7,
    name: 'council index on council records only; the push lock and preload in one statement',
    // Only the council's two record types have a council_rev, yet every note was written
    // into that index too (a NULL entry); `council_rev > ?` still uses the partial index.
    // PostgreSQL: a push waited for the engagement lock, then for its records' read, both
    // under the lock; one function now does both (pushPreload below).
    sql: councilRecordsOnly(),
    postgres: `${councilRecordsOnly()}${pushPreload()}`,
  },
  {
    version: 8,
    name: 'the council reads its engagement',
    // The engagement record became readable by the council (its screens name the council
    // and the dates on site). One stored before has no council number, so a council device
    // would never pull it: it takes the next one of its engagement's council counter.
    sql: councilReadsEngagement(),
  },
  {
    version: 9,
    name: "a team pull's page read in order by its index",
    // PostgreSQL: a page is at most 1,001 records after the cursor in rev order, which the
    // (engagement_id, rev) index gives in order. Where the table's statistics were stale (a
    // new or restored database, an engagement just grown by thousands of notes) the planner
    // guessed a few hundred rows, read every record after the cursor through a bitmap and
    // sorted them: 13–23 ms a page for 10,000 notes instead of about 1 ms, more for each page
    // nearer the start (bench/RESULTS.md, 3 December). The read is now a function that plans
    // without bitmap scans. SQLite reads it by the index already.
    sql: '',
    postgres: readChangesFunction(),
  },
  {
    version: 10,
    name: "a push's records looked up one by one by key",
    // PostgreSQL: a push's preload read every record of its engagement to hash-join them
    // with the records the push names (7.9 ms for a push of 500 new notes into 10,000, and
    // growing with the engagement); each is now looked up by its primary key, 4.5 ms
    // however large the engagement (bench/RESULTS.md, 3 December). SQLite looks each up by key already.
    sql: '',
    postgres: pushPreloadByKey(),
  },
];

/**
 * Migration 10, PostgreSQL: the push preload of migration 7, reading each record the push
 * names by its key (the lateral subquery's LIMIT keeps the planner from turning the
 * look-ups back into a join over the whole engagement). A record named twice is read once.
 */
function pushPreloadByKey(): string {
  return pushPreloadFunction(
    'CREATE OR REPLACE',
    'found',
    `LEFT JOIN (
        SELECT stored.* FROM (SELECT DISTINCT * FROM unnest(types, ids)) AS wanted(wanted_type, wanted_id)
        CROSS JOIN LATERAL (
          SELECT records.record_type, records.data, records.rev, records.field_stamps, records.council_rev, records.id
          FROM records
          WHERE records.engagement_id = engagement AND records.record_type = wanted.wanted_type
            AND records.id = wanted.wanted_id
          LIMIT 1
        ) AS stored
      ) AS found ON true`,
  );
}

/**
 * Migration 9, PostgreSQL: a team pull in one statement (engagement, since, page size,
 * device or null): the server's identity, the device's last seq, the engagement's counters,
 * and the page of records after the cursor in rev order (one row of nulls when there is
 * none). Planned with bitmap scans off, which leaves the ordered index scan; written with
 * positional parameters, which no column name can shadow.
 */
function readChangesFunction(): string {
  return `
  CREATE FUNCTION triangulate_read_changes(engagement text, since bigint, page_size integer, device_id text)
  RETURNS TABLE (server_identity text, device_last_seq bigint, counter bigint, council_counter bigint,
    record_type text, data text, rev bigint, council_rev bigint)
  LANGUAGE sql STABLE
  SET enable_bitmapscan = off
  AS $fn$
    SELECT identity.id,
      (SELECT devices.last_seq FROM devices WHERE devices.id = $4),
      counters.counter, counters.council_counter,
      page.record_type, page.data, page.rev, page.council_rev
    FROM server_identity AS identity
    LEFT JOIN engagement_counters AS counters ON counters.engagement_id = $1
    LEFT JOIN LATERAL (
      SELECT records.record_type, records.data, records.rev, records.council_rev FROM records
      WHERE records.engagement_id = $1 AND records.rev > $2 ORDER BY records.rev LIMIT $3
    ) AS page ON true
    WHERE identity.singleton = 1
    ORDER BY page.rev
  $fn$;
  `;
}

/** Migration 8: each engagement record gets a council change number, as a new write would give it. */
function councilReadsEngagement(): string {
  return `
    UPDATE engagement_counters SET council_counter = council_counter + 1
    WHERE engagement_id IN (
      SELECT engagement_id FROM records WHERE record_type = 'engagement' AND council_rev IS NULL
    );
    UPDATE records SET council_rev = (
      SELECT council_counter FROM engagement_counters
      WHERE engagement_counters.engagement_id = records.engagement_id
    ) WHERE record_type = 'engagement' AND council_rev IS NULL;
  `;
}

/** Migration 5: what joined, changed roles, was revoked, published or erased; and recent join attempts. */
function auditAndJoinAttempts(sequence: string, integerType: 'INTEGER' | 'BIGINT'): string {
  return `
    CREATE TABLE audit_events (
      seq ${sequence},
      engagement_id TEXT NOT NULL,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      member_id TEXT,
      detail TEXT NOT NULL
    );
    CREATE INDEX audit_events_by_engagement ON audit_events (engagement_id, seq);
    CREATE TABLE join_attempts (
      address TEXT NOT NULL,
      at_ms ${integerType} NOT NULL
    );
    CREATE INDEX join_attempts_by_address ON join_attempts (address, at_ms);
    CREATE INDEX join_attempts_by_time ON join_attempts (at_ms);
  `;
}

/** Migration 7: the council's index holds only the records the council may read. */
function councilRecordsOnly(): string {
  return `
  DROP INDEX records_by_council_rev;
  CREATE INDEX records_by_council_rev ON records (engagement_id, council_rev) WHERE council_rev IS NOT NULL;
  `;
}

/**
 * Migration 7, PostgreSQL: takes the engagement's transaction lock (postgresLocks.ts), then
 * reads what a push needs: its engagement's counters, the server's identity, the pushing
 * device and the records it names (the LEFT JOIN's one row of nulls when none exist). A
 * VOLATILE function reads with a fresh snapshot after the lock, so it sees the last
 * holder's commit, as a separate statement would.
 */
function pushPreload(): string {
  return pushPreloadFunction(
    'CREATE',
    'records',
    `LEFT JOIN records ON records.engagement_id = engagement
        AND (records.record_type, records.id) IN (SELECT * FROM unnest(types, ids))`,
  );
}

/** The push preload function, its records read through `recordsJoin` as `records`' columns under `alias`. */
function pushPreloadFunction(create: 'CREATE' | 'CREATE OR REPLACE', alias: string, recordsJoin: string): string {
  return `
  ${create} FUNCTION triangulate_push_preload(engagement text, types text[], ids text[], device_id text)
  RETURNS TABLE (counter bigint, council_counter bigint, server_identity text, device json,
    record_type text, data text, rev bigint, field_stamps text, council_rev bigint, id text)
  LANGUAGE plpgsql VOLATILE AS $fn$
  #variable_conflict use_column
  BEGIN
    PERFORM pg_advisory_xact_lock(${lockNamespace.engagement}, hashtext(engagement));
    RETURN QUERY
      SELECT counters.counter, counters.council_counter,
        (SELECT identity.id FROM server_identity AS identity WHERE identity.singleton = 1),
        (SELECT row_to_json(devices) FROM devices WHERE devices.id = device_id AND devices.engagement_id = engagement),
        ${['record_type', 'data', 'rev', 'field_stamps', 'council_rev', 'id'].map((column) => `${alias}.${column}`).join(', ')}
      FROM (SELECT 1) AS one
      LEFT JOIN engagement_counters AS counters ON counters.engagement_id = engagement
      ${recordsJoin};
  END
  $fn$;
  `;
}

/** Migration 6: the single row of the server's identity, random from the start. */
function serverIdentity(randomId: string, now: string): string {
  return `
    CREATE TABLE server_identity (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      since TEXT NOT NULL
    );
    INSERT INTO server_identity (singleton, id, since) VALUES (1, ${randomId}, ${now});
  `;
}

/** Migration 4: the per-engagement council counter and each council-readable record's number under it. */
function councilCounter(integerType: 'INTEGER' | 'BIGINT'): string {
  const councilTypes = "('publishedSnapshot', 'accuracyComment')";
  return `
    ALTER TABLE engagement_counters ADD COLUMN council_counter ${integerType} NOT NULL DEFAULT 0;
    ALTER TABLE records ADD COLUMN council_rev ${integerType};
    UPDATE records SET council_rev = (
      SELECT COUNT(*) FROM records AS earlier
      WHERE earlier.engagement_id = records.engagement_id
        AND earlier.record_type IN ${councilTypes} AND earlier.rev <= records.rev
    ) WHERE record_type IN ${councilTypes};
    UPDATE engagement_counters SET council_counter = (
      SELECT COUNT(*) FROM records
      WHERE records.engagement_id = engagement_counters.engagement_id AND record_type IN ${councilTypes}
    );
    CREATE INDEX records_by_council_rev ON records (engagement_id, council_rev);
  `;
}
