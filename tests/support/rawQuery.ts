import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { sqliteFileName } from '../../src/server/storage/openStorage';
import type { TestStorageConfig } from './testStorageConfig';

/**
 * One SQL statement straight on the test database, outside the storage under test: to
 * look at what it wrote (schema_migrations) or to plant what it must cope with. The SQL
 * must read the same in both dialects.
 */
export async function rawQuery(target: TestStorageConfig, sql: string): Promise<Record<string, unknown>[]> {
  const { databaseUrl, dataDir } = target.config;
  if (databaseUrl) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(dataDir, sqliteFileName));
  try {
    const statement = db.prepare<[], Record<string, unknown>>(sql);
    if (statement.reader) return statement.all();
    statement.run();
    return [];
  } finally {
    db.close();
  }
}
