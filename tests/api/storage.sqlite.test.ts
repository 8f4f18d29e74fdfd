import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, sqliteFileName } from '../../src/server/storage/openStorage';

// SQLite only (the api:sqlite project): how the embedded database is set up and shared.
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-storage-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('SQLite storage', () => {
  it('uses WAL, so backups and readers run beside the writer', async () => {
    await (await openStorage({ dataDir })).close();
    const db = new Database(path.join(dataDir, sqliteFileName), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('makes a new file with 16 kB pages, and opens a file made with 4 kB pages as it is', async () => {
    await (await openStorage({ dataDir })).close();
    const made = new Database(path.join(dataDir, sqliteFileName), { readonly: true });
    expect(made.pragma('page_size', { simple: true })).toBe(16_384);
    made.close();

    const olderDir = path.join(dataDir, 'older');
    mkdirSync(olderDir);
    const older = new Database(path.join(olderDir, sqliteFileName));
    older.pragma('page_size = 4096');
    older.pragma('journal_mode = WAL');
    older.exec('CREATE TABLE kept (id INTEGER PRIMARY KEY)');
    older.close();
    const storage = await openStorage({ dataDir: olderDir });
    const engagementId = randomUUID();
    await storage.transaction((tx) => tx.nextRev(engagementId));
    expect(await storage.read((tx) => tx.changeCounters(engagementId))).toEqual({ rev: 1, councilRev: 0 });
    await storage.close();
    const reopened = new Database(path.join(olderDir, sqliteFileName), { readonly: true });
    expect(reopened.pragma('page_size', { simple: true })).toBe(4096);
    reopened.close();
  });

  it('never lets another call run inside an open transaction', async () => {
    const storage = await openStorage({ dataDir });
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
});
