import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/storage/migrations';
import { openStorage } from '../../src/server/storage/openStorage';
import { rawQuery } from '../support/rawQuery';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';
import { theme } from './support/storageRecords';

// Runs on SQLite and on PostgreSQL (see vitest.config.ts): the behaviour both must share.
let dataDir: string;
let target: TestStorageConfig;
beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-storage-'));
  target = await testStorageConfig(dataDir);
});
afterEach(async () => {
  await target.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('storage', () => {
  it('migrates once and keeps data across restarts', async () => {
    const engagementId = randomUUID();
    const first = await openStorage(target.config);
    await first.transaction(async (tx) => {
      await tx.putRecord('theme', theme(engagementId, await tx.nextRev(engagementId)), {});
    });
    await first.close();

    const second = await openStorage(target.config);
    const rows = await second.read((tx) => tx.listChanges(engagementId, 0, 10));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recordType: 'theme', rev: 1, data: { engagementId, rev: 1 } });
    await second.close();

    const applied = await rawQuery(target, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.map((row) => Number(row.version))).toEqual(migrations.map((migration) => migration.version));
  });

  it('refuses a database written by a newer server', async () => {
    await (await openStorage(target.config)).close();
    await rawQuery(
      target,
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'later')",
    );
    await expect(openStorage(target.config)).rejects.toThrow(/newer than this server knows/);
  });

  it('rolls back everything, the counter included, when the callback throws', async () => {
    const storage = await openStorage(target.config);
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

  it('keeps both counters as the last commit left them: not a rolled-back count, and across a restart', async () => {
    const engagementId = randomUUID();
    const first = await openStorage(target.config);
    await first.transaction(async (tx) => {
      for (let n = 0; n < 3; n += 1) await tx.nextRev(engagementId);
      await tx.nextCouncilRev(engagementId);
      await tx.nextCouncilRev(engagementId);
    });
    await expect(
      first.transaction(async (tx) => {
        await tx.nextRev(engagementId);
        await tx.nextCouncilRev(engagementId);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await first.read((tx) => tx.changeCounters(engagementId))).toEqual({ rev: 3, councilRev: 2 });
    await first.close();

    const second = await openStorage(target.config);
    expect(await second.read((tx) => tx.changeCounters(engagementId))).toEqual({ rev: 3, councilRev: 2 });
    const next = await second.transaction(async (tx) => [
      await tx.nextRev(engagementId),
      await tx.nextCouncilRev(engagementId),
      await tx.changeCounters(engagementId),
    ]);
    expect(next).toEqual([4, 3, { rev: 4, councilRev: 3 }]);
    await second.close();
  });

  it('keeps a counter per engagement', async () => {
    const storage = await openStorage(target.config);
    const [a, b] = [randomUUID(), randomUUID()];
    const revs = await storage.transaction(async (tx) => [
      await tx.nextRev(a),
      await tx.nextRev(a),
      await tx.nextRev(b),
    ]);
    expect(revs).toEqual([1, 2, 1]);
    expect(await storage.transaction((tx) => tx.nextRev(a))).toBe(3);
    await storage.close();
  });

  it('returns changes in rev order, each record once in its latest version', async () => {
    const storage = await openStorage(target.config);
    const engagementId = randomUUID();
    const first = theme(engagementId, 0);
    const second = theme(engagementId, 0);
    await storage.transaction(async (tx) => {
      await tx.putRecord('theme', { ...first, rev: await tx.nextRev(engagementId) }, {});
      await tx.putRecord('theme', { ...second, rev: await tx.nextRev(engagementId) }, {});
      await tx.putRecord('theme', { ...first, name: 'Renamed', rev: await tx.nextRev(engagementId) }, {});
    });
    const rows = await storage.read((tx) => tx.listChanges(engagementId, 0, 10));
    expect(rows.map((row) => [row.data.id, row.rev, row.data.name])).toEqual([
      [second.id, 2, 'Working together'],
      [first.id, 3, 'Renamed'],
    ]);
    expect(await storage.read((tx) => tx.listChanges(engagementId, 2, 10))).toHaveLength(1);
    expect(await storage.read((tx) => tx.listChanges(engagementId, 0, 1))).toHaveLength(1);
    await storage.close();
  });

  it('refuses a record of an engagement without a counter (foreign keys are on)', async () => {
    const storage = await openStorage(target.config);
    await expect(storage.transaction((tx) => tx.putRecord('theme', theme(randomUUID(), 1), {}))).rejects.toThrow(
      /foreign key/i,
    );
    await storage.close();
  });

  it('refuses new work after close', async () => {
    const storage = await openStorage(target.config);
    await storage.close();
    await expect(storage.read((tx) => tx.isEmpty())).rejects.toThrow('closed');
  });
});
