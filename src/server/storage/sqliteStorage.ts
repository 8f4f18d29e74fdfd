import Database from 'better-sqlite3';
import { createMutex } from './mutex';
import { startSqliteCheckpoints } from './sqliteCheckpoints';
import { createSqliteCounters } from './sqliteCounters';
import { migrateSqlite } from './sqliteMigrate';
import { createSqliteTx } from './sqliteTx';
import type { Storage } from './storage';
import { signedInQuery, toSignedIn, type SignedInColumns } from './storedRows';

/** How long a statement waits for another process's lock (e.g. a backup) before failing. */
const busyTimeoutMs = 5000;
/**
 * The page size of a new database file (SQLite's default is 4,096 bytes). Every page a
 * commit dirties goes to the WAL as a frame (two writes each) and is copied again at the
 * checkpoint; a push of 500 notes dirties thousands. With 16 kB pages the same bytes take
 * a quarter of the frames: a standalone test of 20 commits of 500 notes (bench/RESULTS.md)
 * took 130 ms against 173 ms. A file made before keeps its size (changing it rewrites the
 * whole file, VACUUM); the settings below hold for either.
 */
const newFilePageSize = 16_384;
/**
 * WAL bytes at which a commit copies the WAL into the database file itself (~64 MB; SQLite's
 * default is 1,000 pages). The copy is the checkpoint thread's job (sqliteCheckpoints.ts),
 * about a second after writes; a commit does it only when that thread falls behind or has
 * failed. Counted in bytes, so the same whatever the page size.
 */
const walBytesBeforeCommitCopies = 16_000 * 4096;

/** A write transaction: IMMEDIATE takes the write lock at once, so a push never fails half-way on SQLITE_BUSY. */
const writeBegin = 'BEGIN IMMEDIATE';

/** Opens (creating if needed) the SQLite file and migrates it to the newest schema. */
export function openSqliteStorage(file: string): Storage {
  const db = new Database(file);
  // Takes effect only while the file is empty, so it is set before anything writes to it.
  db.pragma(`page_size = ${newFilePageSize}`);
  // WAL lets a backup or a reader run while the server writes; NORMAL is durable enough with WAL.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.pragma(`wal_autocheckpoint = ${Math.round(walBytesBeforeCommitCopies / pageSize)}`);
  migrateSqlite(db);
  // A database in memory has no WAL to copy.
  const checkpoints = file === ':memory:' ? undefined : startSqliteCheckpoints(file);

  const counters = createSqliteCounters(db);
  const tx = createSqliteTx(db, counters);
  const signedIn = db.prepare<[string], SignedInColumns>(signedInQuery('?'));
  const mutex = createMutex();
  let closed = false;

  async function inTransaction<T>(begin: string, fn: () => Promise<T>): Promise<T> {
    db.exec(begin);
    counters.reset();
    let result: T;
    try {
      result = await fn();
      counters.beforeCommit();
      db.exec('COMMIT');
    } catch (error) {
      counters.reset();
      db.exec('ROLLBACK');
      throw error;
    }
    if (begin === writeBegin) checkpoints?.wrote();
    return result;
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
    transaction: (fn) => queue(writeBegin, () => fn(tx)),
    close: async () => {
      if (closed) return;
      closed = true;
      await mutex.idle();
      await checkpoints?.close();
      db.close();
    },
  };
}
