import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgresCluster';

/** Once per run of the PostgreSQL project: start the throwaway cluster, stop it after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
