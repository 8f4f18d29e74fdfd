import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../src/server/demo/seedDemo';
import { migrations } from '../../src/server/storage/migrations';
import { openStorage } from '../../src/server/storage/openStorage';
import { lockNamespace } from '../../src/server/storage/postgresLocks';
import type { Storage, WriteTx } from '../../src/server/storage/storage';
import { rawQuery } from '../support/rawQuery';
import { testStorageConfig, type TestStorageConfig } from '../support/testStorageConfig';
import { gate, sleep } from './support/gate';
import { theme } from './support/storageRecords';

// PostgreSQL only (the api:postgres project): what SQLite gets from running one
// transaction at a time, PostgreSQL must get from locks while running them side by side.
/** PostgreSQL keeps nothing in DATA_DIR. */
const unusedDataDir = path.join(tmpdir(), 'triangulate-unused-on-postgres');
let target: TestStorageConfig;
let storage: Storage;
beforeEach(async () => {
  target = await testStorageConfig(unusedDataDir);
  storage = await openStorage(target.config);
});
afterEach(async () => {
  await storage.close();
  await target.dispose();
});

/** Stores a new theme under the engagement's next rev; returns the rev. */
async function addTheme(tx: WriteTx, engagementId: string): Promise<number> {
  const rev = await tx.nextRev(engagementId);
  await tx.putRecord('theme', theme(engagementId, rev), {});
  return rev;
}

/**
 * How many transactions wait for the engagement's lock: PostgreSQL's own word that a
 * writer is held up (a two-key advisory lock shows its keys as classid and objid).
 */
async function writersWaitingFor(engagementId: string): Promise<number> {
  const rows = await rawQuery(
    target,
    `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
       AND classid = ${lockNamespace.engagement} AND objid::int4 = hashtext('${engagementId}')`,
  );
  return Number(rows[0]?.waiting);
}

const revsAfter = async (engagementId: string, since: number) =>
  (await storage.read((tx) => tx.listChanges(engagementId, since, 1000))).map((row) => row.rev);

describe('PostgreSQL storage', () => {
  it('makes a second writer of the engagement wait, so a reader never sees rev N+1 without N', async () => {
    const engagementId = randomUUID();
    await storage.transaction((tx) => addTheme(tx, engagementId));

    const firstHolds = gate();
    const releaseFirst = gate();
    const first = storage.transaction(async (tx) => {
      const rev = await addTheme(tx, engagementId);
      firstHolds.open();
      await releaseFirst.opened;
      return rev;
    });
    await firstHolds.opened;

    let secondHasRev = false;
    const secondHolds = gate();
    const releaseSecond = gate();
    const second = storage.transaction(async (tx) => {
      const rev = await addTheme(tx, engagementId);
      secondHasRev = true;
      secondHolds.open();
      await releaseSecond.opened;
      return rev;
    });
    await vi.waitFor(async () => expect(await writersWaitingFor(engagementId)).toBe(1));
    expect(secondHasRev).toBe(false);
    expect(await revsAfter(engagementId, 0)).toEqual([1]);

    releaseFirst.open();
    expect(await first).toBe(2);
    await secondHolds.opened;
    expect(await revsAfter(engagementId, 0)).toEqual([1, 2]);

    releaseSecond.open();
    expect(await second).toBe(3);
    expect(await revsAfter(engagementId, 0)).toEqual([1, 2, 3]);
  });

  it('lets a cursor reader racing several writers see every rev exactly once', async () => {
    const engagementId = randomUUID();
    const writers = 4;
    const perWriter = 15;
    let writing = writers;
    const write = async () => {
      for (let index = 0; index < perWriter; index += 1) {
        await storage.transaction(async (tx) => {
          await addTheme(tx, engagementId);
          // Commit a little later, at random: a plain sequence would let revs commit out of order.
          await sleep(Math.random() * 3);
        });
      }
      writing -= 1;
    };
    const seen: number[] = [];
    const readAll = async () => {
      let cursor = 0;
      for (;;) {
        const done = writing === 0;
        const revs = await revsAfter(engagementId, cursor);
        seen.push(...revs);
        cursor = revs.at(-1) ?? cursor;
        if (done) return;
        await sleep(1);
      }
    };
    await Promise.all([...Array.from({ length: writers }, write), readAll()]);
    expect(seen).toEqual(Array.from({ length: writers * perWriter }, (_, index) => index + 1));
  });

  it('never makes writers of different engagements wait for each other', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const releaseA = gate();
    const aHolds = gate();
    const holdingA = storage.transaction(async (tx) => {
      await addTheme(tx, a);
      aHolds.open();
      await releaseA.opened;
    });
    await aHolds.opened;
    expect(await storage.transaction((tx) => addTheme(tx, b))).toBe(1);
    expect(await revsAfter(b, 0)).toEqual([1]);
    releaseA.open();
    await holdingA;
  });

  it('makes a writer that reads a record see the last writer’s commit, not an older version', async () => {
    const engagementId = randomUUID();
    const record = theme(engagementId, 0);
    await storage.transaction(async (tx) =>
      tx.putRecord('theme', { ...record, rev: await tx.nextRev(engagementId) }, {}),
    );
    const firstHolds = gate();
    const releaseFirst = gate();
    const first = storage.transaction(async (tx) => {
      await tx.getRecord(engagementId, 'theme', record.id);
      await tx.putRecord('theme', { ...record, name: 'First', rev: await tx.nextRev(engagementId) }, {});
      firstHolds.open();
      await releaseFirst.opened;
    });
    await firstHolds.opened;
    const second = storage.transaction(async (tx) => (await tx.getRecord(engagementId, 'theme', record.id))?.data.name);
    // The second writer has begun and waits: its read comes after the first's commit.
    await vi.waitFor(async () => expect(await writersWaitingFor(engagementId)).toBe(1));
    releaseFirst.open();
    await first;
    expect(await second).toBe('First');
  });

  it('reads one snapshot for the whole read, while writers commit', async () => {
    const engagementId = randomUUID();
    await storage.transaction((tx) => addTheme(tx, engagementId));
    const readHolds = gate();
    const releaseRead = gate();
    const reading = storage.read(async (tx) => {
      const before = (await tx.listChanges(engagementId, 0, 10)).length;
      readHolds.open();
      await releaseRead.opened;
      return [before, (await tx.listChanges(engagementId, 0, 10)).length];
    });
    await readHolds.opened;
    await storage.transaction((tx) => addTheme(tx, engagementId));
    releaseRead.open();
    expect(await reading).toEqual([1, 1]);
    expect(await revsAfter(engagementId, 0)).toEqual([1, 2]);
  });

  it('migrates once when several API instances start together', async () => {
    const fresh = await testStorageConfig(unusedDataDir);
    const instances = await Promise.all([1, 2, 3, 4].map(() => openStorage(fresh.config)));
    const applied = await rawQuery(fresh, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(applied.map((row) => Number(row.version))).toEqual(migrations.map((migration) => migration.version));
    // And seed one demo between them: the first-start check is locked too.
    const seeds = await Promise.all(
      instances.map((instance) => seedDemo(instance, { publicUrl: 'http://t', now: new Date() })),
    );
    expect(seeds.filter((seed) => seed !== undefined)).toHaveLength(1);
    expect(await rawQuery(fresh, 'SELECT engagement_id FROM engagement_counters')).toHaveLength(1);
    await Promise.all(instances.map((instance) => instance.close()));
    await fresh.dispose();
  });
});
