import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/storage/migrations';
import { openStorage, sqliteFileName } from '../../src/server/storage/openStorage';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-storage-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const theme = (engagementId: string, rev: number) => ({
  id: randomUUID(),
  engagementId,
  rev,
  updatedAt: '2026-03-02T10:00:00.000Z',
  deleted: false,
  name: 'Working together',
  position: 1,
  conflicts: [],
});

describe('SQLite storage', () => {
  it('migrates once and keeps data across restarts', async () => {
    const engagementId = randomUUID();
    const first = openStorage({ dataDir });
    await first.transaction(async (tx) => {
      await tx.putRecord('theme', theme(engagementId, await tx.nextRev(engagementId)), {});
    });
    await first.close();

    const second = openStorage({ dataDir });
    const rows = await second.read((tx) => tx.listChanges(engagementId, 0, 10));
    expect(rows).toHaveLength(1);
    await second.close();

    const db = new Database(path.join(dataDir, sqliteFileName), { readonly: true });
    const applied = db.prepare('SELECT version FROM schema_migrations').all();
    expect(applied).toHaveLength(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('rolls back everything, the counter included, when the callback throws', async () => {
    const storage = openStorage({ dataDir });
    const engagementId = randomUUID();
    await expect(
      storage.transaction(async (tx) => {
        await tx.putRecord('theme', theme(engagementId, await tx.nextRev(engagementId)), {});
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    const next = await storage.transaction((tx) => tx.nextRev(engagementId));
    expect(next).toBe(1);
    expect(await storage.read((tx) => tx.listChanges(engagementId, 0, 10))).toHaveLength(0);
    await storage.close();
  });

  it('never lets another call run inside an open transaction', async () => {
    const storage = openStorage({ dataDir });
    const engagementId = randomUUID();
    const order: string[] = [];
    const slow = storage.transaction(async (tx) => {
      order.push('slow start');
      await tx.nextRev(engagementId);
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push('slow end');
    });
    const quick = storage.read(async (tx) => {
      order.push('read');
      return tx.isEmpty();
    });
    await Promise.all([slow, quick]);
    expect(order).toEqual(['slow start', 'slow end', 'read']);
    expect(await quick).toBe(false);
    await storage.close();
  });

  it('keeps a counter per engagement', async () => {
    const storage = openStorage({ dataDir });
    const [a, b] = [randomUUID(), randomUUID()];
    const revs = await storage.transaction(async (tx) => [await tx.nextRev(a), await tx.nextRev(a), await tx.nextRev(b)]);
    expect(revs).toEqual([1, 2, 1]);
    await storage.close();
  });

  it('refuses new work after close', async () => {
    const storage = openStorage({ dataDir });
    await storage.close();
    await expect(storage.read((tx) => tx.isEmpty())).rejects.toThrow('closed');
  });
});
