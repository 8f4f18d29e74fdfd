import Database from 'better-sqlite3';
import { createMutex } from './mutex';
import { createSqliteCounters } from './sqliteCounters';
import { migrateSqlite } from './sqliteMigrate';
import { createSqliteTx } from './sqliteTx';
import type { Storage } from './storage';
import { signedInQuery, toSignedIn, type SignedInColumns } from './storedRows';

/** How long a statement waits for another process's lock (e.g. a backup) before failing. */
const busyTimeoutMs = 5000;
/**
 * WAL pages between checkpoints (SQLite's default is 1,000, ~4 MB). Each checkpoint
 * copies the pages written since the last one and syncs twice, inside the commit that
 * triggers it; the hot pages (indexes, counters) are copied once per checkpoint, so fewer
 * checkpoints copy less. 4,000 pages (~16 MB) halved the commit time of 10,000 notes.
 */
const walPagesPerCheckpoint = 4000;

/** Opens (creating if needed) the SQLite file and migrates it to the newest schema. */
export function openSqliteStorage(file: string): Storage {
  const db = new Database(file);
  // WAL lets a backup or a reader run while the server writes; NORMAL is durable enough with WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma(`wal_autocheckpoint = ${walPagesPerCheckpoint}`);
  migrateSqlite(db);

  const counters = createSqliteCounters(db);
  const tx = createSqliteTx(db, counters);
  const signedIn = db.prepare<[string], SignedInColumns>(signedInQuery('?'));
  const mutex = createMutex();
  let closed = false;

  async function inTransaction<T>(begin: string, fn: () => Promise<T>): Promise<T> {
    db.exec(begin);
    counters.reset();
    try {
      const result = await fn();
      counters.beforeCommit();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      counters.reset();
      db.exec('ROLLBACK');
      throw error;
    }
  }

  function queue<T>(begin: string, fn: () => Promise<T>): Promise<T> {
    // Checked when queued, so work accepted before close() still finishes.
    if (closed) return Promise.reject(new Error('storage is closed'));
    return mutex.run(() => inTransaction(begin, fn));
  }

  return {
    // One statement is its own snapshot; queued so it never reads inside another's transaction.
    findSignedIn: (tokenHash) =>
      closed
        ? Promise.reject(new Error('storage is closed'))
        : mutex.run(async () => {
            const row = signedIn.get(tokenHash);
            return row ? toSignedIn(row) : undefined;
          }),
    readChanges: (engagementId, since, limit, deviceId) =>
      queue('BEGIN', async () => ({
        identity: await tx.serverIdentity(),
        deviceLastSeq: deviceId === undefined ? undefined : (await tx.findDevice(deviceId))?.lastSeq,
        counters: await tx.changeCounters(engagementId),
        rows: await tx.listChanges(engagementId, since, limit),
      })),
    // A deferred transaction is enough for reads: it gives a snapshot without a write lock.
    read: (fn) => queue('BEGIN', () => fn(tx)),
    // IMMEDIATE takes the write lock at once, so a push never fails half-way on SQLITE_BUSY.
    transaction: (fn) => queue('BEGIN IMMEDIATE', () => fn(tx)),
    close: async () => {
      if (closed) return;
      closed = true;
      await mutex.idle();
      db.close();
    },
  };
}
