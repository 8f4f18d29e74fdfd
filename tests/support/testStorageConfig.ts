import type { StorageConfig } from '../../src/server/storage/openStorage';
import { currentStorageKind, type StorageKind } from './storageKind';
import { createTestSchema } from './testSchema';

export type TestStorageConfig = {
  kind: StorageKind;
  /** What openStorage takes: a DATABASE_URL of a fresh schema, or just the data dir. */
  config: StorageConfig;
  /** Drops the test schema (close the storage first); nothing to do for SQLite. */
  dispose(): Promise<void>;
};

/**
 * Where the current test project keeps its data: a fresh PostgreSQL schema in the
 * api:postgres project, a SQLite file under dataDir otherwise. The caller owns dataDir.
 */
export async function testStorageConfig(dataDir: string): Promise<TestStorageConfig> {
  const kind = currentStorageKind();
  if (kind === 'sqlite') return { kind, config: { dataDir }, dispose: async () => undefined };
  const schema = await createTestSchema();
  return { kind, config: { dataDir, databaseUrl: schema.url }, dispose: schema.drop };
}
