import type { Pool, PoolClient } from 'pg';
import { migrations } from './migrations';
import { lockNamespace } from './postgresLocks';

/**
 * Brings the database up to the newest migration, each in its own transaction, and
 * refuses a database written by a newer server. Runs under a session advisory lock:
 * several API instances starting together over one database migrate once, the others
 * wait and then find nothing left to do.
 */
export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1, 0)', [lockNamespace.migrations]);
    try {
      await applyPending(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, 0)', [lockNamespace.migrations]);
    }
  } catch (error) {
    // A connection that failed mid-way may still hold the lock: destroy it, do not reuse it.
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(broken);
  }
}

async function applyPending(client: PoolClient): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = await client.query<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  );
  const current = applied.rows[0]?.version ?? 0;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(
      `database schema version ${current} is newer than this server knows (${newest}); upgrade the server`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    await client.query('BEGIN');
    try {
      // No parameters: the simple protocol runs a migration's several statements at once.
      await client.query(migration.postgres ?? migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
}
