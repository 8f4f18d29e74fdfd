import { Pool, type PoolClient, type QueryConfig, type QueryResult, type QueryResultRow } from 'pg';
import { createKeyedQueue } from './keyedQueue';
import { beginWithFirstQuery } from './postgresLazyBegin';
import { createEngagementLocks, noLocks } from './postgresLocks';
import { migratePostgres } from './postgresMigrate';
import { createPostgresReadTx } from './postgresReadTx';
import { createPostgresWriteTx } from './postgresWriteTx';
import { warmConnections } from './postgresWarmConnections';
import type { Storage, WriteTx } from './storage';
import { readChangesQuery, toChangesRead, type ChangesColumns } from './postgresChanges';
import { signedInQuery, toSignedIn, type SignedInColumns } from './storedRows';

export type PostgresOptions = {
  /** Connections this process keeps for writes; several API instances each have their own pools. */
  maxConnections?: number;
  /** Connections kept apart for reads (pulls), so they never queue behind writers waiting for a lock. */
  maxReadConnections?: number;
};

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * Connects to DATABASE_URL and migrates it to the newest schema. Unlike SQLite nothing
 * is queued in process: each call gets its own pooled connection and PostgreSQL runs
 * them side by side, so several API instances can share the database. Writers of one
 * engagement still run one at a time (postgresLocks.ts).
 */
export async function openPostgresStorage(
  url: string,
  options: PostgresOptions = {},
): Promise<Storage & Required<Pick<Storage, 'rehearse'>>> {
  const openPool = (max: number) => {
    const pool = new Pool({
      connectionString: url,
      max,
      // Every connection is opened and warmed before the server listens (warmConnections)
      // and kept: a connection opened under load costs a backend start and cold caches.
      min: max,
      application_name: 'triangulate',
      // A database that cannot be reached fails the request instead of hanging it.
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection dropped by the server (restart, failover) is replaced on next use;
    // without a listener the pool's 'error' event would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    return pool;
  };
  // Writers of one engagement wait for each other's lock while holding a connection; a
  // pull takes no lock, so it gets connections of its own instead of queueing behind them.
  const writeConnections = options.maxConnections ?? 10;
  const readConnections = options.maxReadConnections ?? 10;
  const pool = openPool(writeConnections);
  const readPool = openPool(readConnections);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await Promise.all([pool.end(), readPool.end()]);
    throw error;
  }
  const storage = storageOver({
    write: () => pool.connect(),
    read: () => readPool.connect(),
    query: (config) => readPool.query(config),
    words: transactionWords,
    end: () => Promise.all([pool.end(), readPool.end()]).then(() => undefined),
  });
  return {
    ...storage,
    rehearse: async (times, fn) => {
      await Promise.all(Array.from({ length: Math.min(times, writeConnections) }, () => rehearse(pool, fn)));
      await warmConnections([
        { pool, count: writeConnections, warm: warmWriter },
        { pool: readPool, count: readConnections, warm: warmReader },
      ]);
    },
  };
}

/** The statements every request runs; named, so each connection parses and plans them once. */
const signedInStatement = (tokenHash: string): QueryConfig => ({
  name: 'triangulate_signed_in',
  text: signedInQuery('$1'),
  values: [tokenHash],
});
const readChangesStatement = (engagementId: string, since: number, limit: number, deviceId?: string): QueryConfig => ({
  name: 'triangulate_read_changes',
  text: readChangesQuery,
  values: [engagementId, since, limit, deviceId ?? null],
});

/** An engagement id no engagement has: the warm-up's reads find nothing and lock nothing anyone waits for. */
const noEngagement = '00000000-0000-4000-8000-000000000000';

/** A pull's connection: its two statements prepared, the tables they read in its caches. */
async function warmReader(client: PoolClient): Promise<void> {
  await client.query(signedInStatement(''));
  await client.query(readChangesStatement(noEngagement, 0, 1));
}

/** A push's connection: the preload function compiled and its tables cached, then rolled back. */
async function warmWriter(client: PoolClient): Promise<void> {
  await client.query(`BEGIN; SELECT * FROM triangulate_push_preload('${noEngagement}', '{}', '{}', NULL)`);
  await client.query('ROLLBACK');
}

/** How transactions begin and end: on their own, or as savepoints inside a rehearsal. */
type TransactionWords = { begin: string; beginRead: string; commit: string; rollback: string };

const transactionWords: TransactionWords = {
  begin: 'BEGIN',
  beginRead: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
};

const rehearsalWords: TransactionWords = {
  begin: 'SAVEPOINT rehearsal',
  beginRead: 'SAVEPOINT rehearsal',
  commit: 'RELEASE SAVEPOINT rehearsal',
  rollback: 'ROLLBACK TO SAVEPOINT rehearsal',
};

/** Where a storage gets its connections: the pools, or one connection for a rehearsal. */
type Connections = {
  write(): Promise<PoolClient>;
  read(): Promise<PoolClient>;
  /** A one-statement read outside any transaction. */
  query<R extends QueryResultRow>(config: QueryConfig): Promise<QueryResult<R>>;
  words: TransactionWords;
  end(): Promise<void>;
};

/**
 * Runs fn on a storage whose every transaction is a savepoint inside one transaction on
 * one connection, rolled back at the end: the server runs its own push and pull paths
 * before it listens (warmUp.ts) and keeps nothing of them.
 */
async function rehearse(pool: Pool, fn: (scratch: Storage) => Promise<void>): Promise<void> {
  const connection = await pool.connect();
  let broken: Error | undefined;
  try {
    await connection.query('BEGIN');
    // Every "connection" the scratch storage takes is this one, never released by it.
    const held = new Proxy(connection, {
      get: (target, property, receiver) =>
        property === 'release' ? () => undefined : (Reflect.get(target, property, receiver) as unknown),
    });
    await fn(
      storageOver({
        write: () => Promise.resolve(held),
        read: () => Promise.resolve(held),
        query: (config) => connection.query(config),
        words: rehearsalWords,
        end: () => Promise.resolve(),
      }),
    );
  } finally {
    await connection.query('ROLLBACK').catch((error: unknown) => {
      broken = asError(error);
    });
    connection.release(broken);
  }
}

function storageOver(connections: Connections): Storage {
  const { words } = connections;
  const inFlight = new Set<Promise<unknown>>();
  const engagementWriters = createKeyedQueue();
  let closed = false;

  /**
   * A read-only transaction: the caller has its answer as soon as fn resolves, and the
   * connection goes back to the pool once COMMIT is done (nothing was written, so nothing
   * waits on it).
   */
  async function inReadTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const connection = await connections.read();
    // BEGIN goes with the first statement: a pull's first read (the server's identity) has
    // no parameters, so the snapshot starts without a round trip of its own.
    const { client, begun } = beginWithFirstQuery(connection, words.beginRead);
    let result: T;
    try {
      result = await fn(client);
    } catch (error) {
      // ROLLBACK, or a connection whose state is unknown is closed instead of reused.
      await connection.query(words.rollback).then(
        () => connection.release(),
        (rollbackError: unknown) => connection.release(asError(rollbackError)),
      );
      throw error;
    }
    if (!begun()) {
      connection.release();
      return result;
    }
    void connection.query(words.commit).then(
      () => connection.release(),
      (error: unknown) => connection.release(asError(error)),
    );
    return result;
  }

  /**
   * A write transaction. BEGIN travels with its first statement when that has no
   * parameters (a push's lock and reads), and the buffered writes (postgresWriteBuffer.ts)
   * with COMMIT: a push waits for the database twice, once under the engagement lock.
   */
  async function inWriteTransaction<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    const connection = await connections.write();
    const { client, begun } = beginWithFirstQuery(connection, words.begin);
    // Set when the connection's state is unknown (a failed ROLLBACK): release(error) then
    // closes it instead of handing it to the next caller.
    let broken: Error | undefined;
    const rollBack = () =>
      connection.query(words.rollback).catch((rollbackError: unknown) => {
        broken = asError(rollbackError);
      });
    try {
      const { tx, pendingText } = createPostgresWriteTx(client, createEngagementLocks(client));
      let result: T;
      try {
        result = await fn(tx);
      } catch (error) {
        if (begun()) await rollBack();
        throw error;
      }
      const writes = pendingText();
      if (writes === undefined && !begun()) return result;
      try {
        await client.query(writes === undefined ? words.commit : `${writes}; ${words.commit}`);
      } catch (error) {
        // The writes failed (the transaction is aborted) or COMMIT did: nothing is kept.
        await rollBack();
        throw error;
      }
      return result;
    } finally {
      connection.release(broken);
    }
  }

  function track<T>(run: () => Promise<T>): Promise<T> {
    // Checked when called, so work accepted before close() still finishes.
    if (closed) return Promise.reject(new Error('storage is closed'));
    const work = run();
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return work;
  }

  return {
    // One statement, so one snapshot without BEGIN and COMMIT: one round trip.
    findSignedIn: (tokenHash) =>
      track(async () => {
        // Named: every request runs it, so PostgreSQL parses and plans it once per connection.
        const result = await connections.query<SignedInColumns>(signedInStatement(tokenHash));
        const row = result.rows[0];
        return row ? toSignedIn(row) : undefined;
      }),
    // One statement is one snapshot: no BEGIN or COMMIT to wait for.
    readChanges: (engagementId, since, limit, deviceId) =>
      track(async () => {
        const result = await connections.query<ChangesColumns>(
          readChangesStatement(engagementId, since, limit, deviceId),
        );
        return toChangesRead(result.rows);
      }),
    // One snapshot for the whole callback: a pull's page and its cursor agree.
    read: (fn) => track(() => inReadTransaction((client) => fn(createPostgresReadTx(client, noLocks)))),
    // READ COMMITTED: the engagement lock, not the isolation level, keeps writers apart.
    transaction: (fn, engagementId) => {
      const write = () => inWriteTransaction(fn);
      return track(() => (engagementId === undefined ? write() : engagementWriters.run(engagementId, write)));
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all(inFlight);
      await connections.end();
    },
  };
}
