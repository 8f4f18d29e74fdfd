import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/storage/migrations';
import { openStorage, sqliteFileName } from '../../src/server/storage/openStorage';

// SQLite only: the dialect-specific back-fill of migration 3 on a database made before it.
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-migrate-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** A database as a server before invite ids left it: migrations 1 and 2, two invites. */
function databaseBeforeInviteIds(): void {
  const db = new Database(path.join(dataDir, sqliteFileName));
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of migrations.filter((step) => step.version <= 2)) {
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      '2026-11-01T00:00:00.000Z',
    );
  }
  db.prepare('INSERT INTO engagement_counters VALUES (?, 1)').run('e1');
  const invite = db.prepare(
    'INSERT INTO invites (code_hash, engagement_id, member_id, expires_at) VALUES (?, ?, ?, ?)',
  );
  invite.run('hash-a', 'e1', 'm1', '2026-12-15T09:30:00.000Z');
  invite.run('hash-b', 'e1', 'm2', '2026-12-15T09:30:00.000Z');
  db.close();
}

describe('migration 3 on an existing database', () => {
  it('gives each earlier invite its own UUID and the time it was made', async () => {
    databaseBeforeInviteIds();
    const storage = await openStorage({ dataDir });
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
