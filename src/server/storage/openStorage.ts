import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { openPostgresStorage } from './postgresStorage';
import { openSqliteStorage } from './sqliteStorage';
import type { Storage } from './storage';

/** The database file inside DATA_DIR. */
export const sqliteFileName = 'triangulate.sqlite';

export type StorageConfig = Pick<Config, 'dataDir' | 'databaseUrl'>;

/**
 * PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR. Either way the
 * schema is migrated before this resolves.
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.databaseUrl) return openPostgresStorage(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStorage(path.join(config.dataDir, sqliteFileName));
}

/** One line for the start-up log saying where the data lives; never shows a password. */
export function describeStorage(config: StorageConfig): string {
  if (!config.databaseUrl) return `SQLite at ${path.join(config.dataDir, sqliteFileName)}`;
  const url = new URL(config.databaseUrl);
  const host = url.host || new URLSearchParams(url.search).get('host') || 'local socket';
  return `PostgreSQL at ${host}${url.pathname}`;
}
