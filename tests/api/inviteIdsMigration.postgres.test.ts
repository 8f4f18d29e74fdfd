import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/storage/migrations';
import { openStorage } from '../../src/server/storage/openStorage';
import { rawQuery } from '../support/rawQuery';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';

// PostgreSQL only: migration 3's back-fill has its own SQL here (inviteIdsMigration.sqlite.test.ts
// checks SQLite's), so it is run on a database made before it.
let target: TestStorageConfig;
beforeEach(async () => {
  target = await testStorageConfig(tmpdir());
});
afterEach(async () => {
  await target.dispose();
});

/** A database as a server before invite ids left it: migrations 1 and 2, two invites. */
async function databaseBeforeInviteIds(): Promise<void> {
  await rawQuery(
    target,
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const migration of migrations.filter((step) => step.version <= 2)) {
    await rawQuery(target, migration.postgres ?? migration.sql);
    await rawQuery(
      target,
      `INSERT INTO schema_migrations VALUES (${migration.version}, 'before', '2026-11-01T00:00:00.000Z')`,
    );
  }
  await rawQuery(target, "INSERT INTO engagement_counters VALUES ('e1', 1)");
  await rawQuery(
    target,
    `INSERT INTO invites (code_hash, engagement_id, member_id, expires_at) VALUES
       ('hash-a', 'e1', 'm1', '2026-12-15T09:30:00.000Z'), ('hash-b', 'e1', 'm2', '2026-12-15T09:30:00.000Z')`,
  );
}

describe('migration 3 on an existing PostgreSQL database', () => {
  it('gives each earlier invite its own UUID and the time it was made', async () => {
    await databaseBeforeInviteIds();
    const storage = await openStorage(target.config);
    const invites = await storage.read((tx) => tx.listInvites('e1'));
    await storage.close();
    expect(invites).toHaveLength(2);
    const [a, b] = invites.map((invite) => invite.id);
    for (const id of [a, b])
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(invites.map((invite) => invite.createdAt)).toEqual(['2026-12-01T09:30:00.000Z', '2026-12-01T09:30:00.000Z']);
  });
});
