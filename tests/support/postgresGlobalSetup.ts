import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgresCluster';

/** Once per run of the PostgreSQL project: start the throwaway cluster, stop it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A fresh machine may lack the server binaries: install them (as root) or stop with how.
  const ensured = spawnSync(process.execPath, [path.resolve('scripts/ensure-postgres.mjs')], { stdio: 'inherit' });
  if (ensured.status !== 0) throw new Error('PostgreSQL is needed for the api:postgres tests (see the line above)');
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
