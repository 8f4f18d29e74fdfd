import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngagement } from '../../src/server/admin/createEngagement';
import { openStorage, sqliteFileName } from '../../src/server/storage/openStorage';
import type { Storage } from '../../src/server/storage/storage';

// SQLite only: the WAL is copied into the database file by a thread of its own
// (src/server/storage/sqliteCheckpoints.ts), about a second after writes, not by the
// commit of whichever push comes when the WAL is full.
let dataDir: string;
let storage: Storage | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-checkpoints-'));
});
afterEach(async () => {
  await storage?.close();
  storage = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const databaseFile = () => path.join(dataDir, sqliteFileName);
const engagement = {
  council: 'Borsetshire County Council',
  title: 'Peer challenge',
  from: '2026-12-01',
  to: '2026-12-04',
  manager: 'Mo Khan',
};
const options = { publicUrl: 'http://localhost', now: new Date('2026-11-20T09:00:00.000Z') };

async function grows(file: string, from: number, withinMs: number): Promise<number> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const size = statSync(file).size;
    if (size > from) return size;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return statSync(file).size;
}

describe('the WAL checkpoint thread', () => {
  it('copies a write into the database file within seconds, with the server idle and the WAL far from full', async () => {
    storage = await openStorage({ dataDir });
    // The schema's own pages wait in the WAL, as the write's will: the file is its header page.
    const before = statSync(databaseFile()).size;
    await createEngagement(storage, engagement, options);
    expect(await grows(databaseFile(), before, 10_000)).toBeGreaterThan(before);
  });

  it('lets the storage close cleanly: the WAL is copied and removed, and everything written reads back', async () => {
    storage = await openStorage({ dataDir });
    const created = [];
    for (let n = 0; n < 5; n += 1) created.push(await createEngagement(storage, engagement, options));
    await storage.close();
    storage = undefined;
    expect(existsSync(`${databaseFile()}-wal`)).toBe(false);

    storage = await openStorage({ dataDir });
    const reopened = storage;
    const councils = await Promise.all(
      created.map(({ engagementId }) =>
        reopened.read(async (tx) => (await tx.getRecord(engagementId, 'engagement', engagementId))?.data),
      ),
    );
    expect(councils.map((record) => record && 'council' in record && record.council)).toEqual(
      created.map(() => 'Borsetshire County Council'),
    );
  });
});
