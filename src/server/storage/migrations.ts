/**
 * Schema changes in order. Never edit a shipped migration: add the next number.
 * Applied ones are recorded in schema_migrations.
 */
export type Migration = { version: number; name: string; sql: string; postgres?: string };

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
];
