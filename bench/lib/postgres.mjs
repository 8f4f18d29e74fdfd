import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { importTypeScript } from './build.mjs';
import { repoRoot } from './paths.mjs';

const clusterModule = 'tests/support/postgresCluster.ts';

/**
 * A throwaway PostgreSQL cluster (initdb in a temp dir, free 127.0.0.1 port, fsync off)
 * from the tests' own helper, bundled with esbuild. Resolves `{ cluster }` or, when it
 * cannot start (no binaries, no helper), `{ reason }` so the run reports PostgreSQL as
 * not measured instead of failing.
 */
export async function startCluster() {
  if (!existsSync(path.join(repoRoot, clusterModule))) return { reason: `${clusterModule} does not exist` };
  try {
    const { startPostgresCluster } = await importTypeScript(clusterModule);
    return { cluster: await startPostgresCluster() };
  } catch (error) {
    return {
      reason: `PostgreSQL cluster did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
}

/** A new empty database in the cluster; returns its URL. */
export async function createDatabase(adminUrl, name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Samples the server's connections in pg_stat_activity every `everyMs` while a benchmark
 * runs: how many there are, how many run a statement, and how many wait for an
 * advisory lock (the per-engagement write lock, postgresLocks.ts). Tells waiting on the
 * lock apart from waiting on the CPU.
 */
/** The highest value of `key` in each second of the samples. */
function perSecond(samples, key, fromMs) {
  const start = fromMs ?? samples[0]?.atMs ?? 0;
  const seconds = [];
  for (const sample of samples) {
    const second = Math.floor((sample.atMs - start) / 1000);
    if (second < 0) continue;
    seconds[second] = Math.max(seconds[second] ?? 0, sample[key]);
  }
  return Array.from(seconds, (value) => value ?? 0);
}

export async function startActivitySampler(databaseUrl, everyMs) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'triangulate-bench' });
  await client.connect();
  const samples = [];
  /** What the server's connections waited on, summed over the samples (e.g. "Client/ClientRead", "Lock/advisory"). */
  const waits = {};
  let busy = false;
  const take = async () => {
    if (busy) return;
    busy = true;
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS connections,
                count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory')::int AS waiting_for_lock
           FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'triangulate'`,
      );
      if (rows[0]) samples.push({ ...rows[0], atMs: Date.now() });
      const waited = await client.query(
        `SELECT coalesce(wait_event_type, 'CPU') || '/' || coalesce(wait_event, state) AS wait, count(*)::int AS n
           FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'triangulate' AND state <> 'idle'
          GROUP BY 1`,
      );
      for (const row of waited.rows) waits[row.wait] = (waits[row.wait] ?? 0) + row.n;
    } catch {
      // A sample lost while the cluster stops is no figure.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void take(), everyMs);
  return {
    /** `fromMs` (Date.now()): where the per-second figures start, e.g. the load's first tick. */
    async stop(fromMs) {
      clearInterval(timer);
      await client.end().catch(() => undefined);
      const mean = (key) =>
        samples.length
          ? Math.round((samples.reduce((sum, s) => sum + s[key], 0) / samples.length) * 10) / 10
          : undefined;
      const max = (key) => samples.reduce((m, s) => Math.max(m, s[key]), 0);
      return {
        samples: samples.length,
        connectionsMax: max('connections'),
        activeMean: mean('active'),
        waitingForLockMean: mean('waiting_for_lock'),
        waitingForLockMax: max('waiting_for_lock'),
        waits,
        /** Connections waiting for the engagement lock, each second (the first samples show a cold start). */
        waitingForLockPerSecond: perSecond(samples, 'waiting_for_lock', fromMs),
      };
    },
  };
}
