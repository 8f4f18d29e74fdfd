import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { createCheckpointSchedule } from './checkpointSchedule';

/** At most one copy of the WAL a second: the most of a power cut's loss (checkpointSchedule.ts). */
const checkpointGapMs = 1000;

/**
 * The thread's code: a connection of its own per open storage, each checkpoint PASSIVE, so
 * it never waits for the server's writer nor makes it wait (SQLite lets one connection
 * copy the WAL while another appends to it). Plain CommonJS: a worker's eval'd code is.
 */
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
const connections = new Map();
parentPort.on('message', ({ kind, id, file }) => {
  try {
    if (kind === 'checkpoint') {
      let db = connections.get(id);
      if (!db) {
        db = new Database(file, { fileMustExist: true });
        connections.set(id, db);
      }
      db.pragma('wal_checkpoint(PASSIVE)');
    } else {
      connections.get(id)?.close();
      connections.delete(id);
    }
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

type Reply = { id: number; error?: string };

/** One thread for every SQLite storage of the process, started at the first write. */
let thread: Worker | undefined;
/** Set once the thread could not start or died: commits then copy the WAL themselves. */
let threadFailed = false;
/** The reply each storage waits for: it asks one thing at a time. */
const awaiting = new Map<number, (reply: Reply) => void>();
let nextId = 1;

function theThread(): Worker | undefined {
  if (thread || threadFailed) return thread;
  let started: Worker;
  try {
    const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');
    started = new Worker(threadCode, { eval: true, workerData: { betterSqlite3 } });
  } catch (error) {
    // Asked for after a commit: the write is done, and must not be reported as failed.
    threadFailed = true;
    console.error(
      `The WAL checkpoint thread could not start (${error instanceof Error ? error.message : String(error)}): commits copy the WAL themselves.`,
    );
    return undefined;
  }
  started.on('message', (reply: Reply) => {
    const done = awaiting.get(reply.id);
    awaiting.delete(reply.id);
    // Nothing is waiting on it: the process need not stay up for it.
    if (awaiting.size === 0) started.unref();
    done?.(reply);
  });
  const fail = (why: string) => {
    threadFailed = true;
    thread = undefined;
    const waiting = [...awaiting.entries()];
    awaiting.clear();
    for (const [id, done] of waiting) done({ id, error: why });
  };
  started.on('error', (error) => {
    console.error(`The WAL checkpoint thread failed (${error.message}): commits copy the WAL themselves from now on.`);
    fail(error.message);
  });
  // It never ends of itself: only with the process, or after an error (reported above).
  started.on('exit', (code) => fail(`exit ${code}`));
  thread = started;
  return started;
}

function ask(id: number, kind: 'checkpoint' | 'close', file: string, done: (reply: Reply) => void): void {
  const worker = theThread();
  if (!worker) {
    done({ id, error: 'no checkpoint thread' });
    return;
  }
  awaiting.set(id, done);
  worker.ref();
  worker.postMessage({ kind, id, file });
}

export type SqliteCheckpoints = {
  /** After each write's COMMIT. */
  wrote(): void;
  /** Waits for a checkpoint under way, then closes the thread's connection to the file. */
  close(): Promise<void>;
};

/**
 * Copies the WAL of `file` into the database file on a thread of its own, so no request
 * waits for a copy and its two syncs (a push that set one off took tens of ms longer,
 * more when the disk was slow to sync). Commits still copy the WAL themselves if it grows
 * past their own threshold (sqliteStorage.ts): a thread that falls behind, or failed.
 */
export function startSqliteCheckpoints(file: string): SqliteCheckpoints {
  const id = nextId++;
  let reported = false;
  let opened = false;
  const schedule = createCheckpointSchedule(
    () => {
      opened = true;
      ask(id, 'checkpoint', file, (reply) => {
        if (reply.error && !reported && !threadFailed) {
          reported = true;
          console.error(`A WAL checkpoint of ${file} failed (${reply.error}); the next write tries again.`);
        }
        schedule.finished();
      });
    },
    checkpointGapMs,
    {
      now: () => performance.now(),
      later: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        timer.unref();
        return () => clearTimeout(timer);
      },
    },
  );
  return {
    wrote: () => schedule.wrote(),
    close: async () => {
      await schedule.stop();
      if (!opened || threadFailed) return;
      await new Promise<void>((resolve) => ask(id, 'close', file, () => resolve()));
    },
  };
}
