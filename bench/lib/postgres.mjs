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
    return { reason: `PostgreSQL cluster did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
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
