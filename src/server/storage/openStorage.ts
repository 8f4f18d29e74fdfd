import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { openSqliteStorage } from './sqliteStorage';
import type { Storage } from './storage';

/** The database file inside DATA_DIR. */
export const sqliteFileName = 'triangulate.sqlite';

/** Picks the storage for this configuration; PostgreSQL joins here when DATABASE_URL is set. */
export function openStorage(config: Pick<Config, 'dataDir'>): Storage {
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStorage(path.join(config.dataDir, sqliteFileName));
}
