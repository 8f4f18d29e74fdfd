import 'fake-indexeddb/auto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { TriangulateDb } from '../../../src/client/store/db';
import { saveJoin } from '../../../src/client/store/deviceIdentityRepository';
import { createApiClient } from '../../../src/client/sync/apiClient';
import type { FetchLike } from '../../../src/client/sync/httpCall';
import { SyncEngine } from '../../../src/client/sync/syncEngine';
import { createInvite } from '../../../src/server/auth/invites';
import { seedDemo, type DemoSeed } from '../../../src/server/demo/seedDemo';
import { createApp } from '../../../src/server/http/createApp';
import { openStorage, sqliteFileName } from '../../../src/server/storage/openStorage';
import type { Storage } from '../../../src/server/storage/storage';
import { postgresAdminUrl } from '../../support/storageKind';
import { testStorageConfig, type TestStorageConfig } from '../../support/testStorageConfig';

/** A tablet: its own IndexedDB and the real sync engine, talking to whatever server runs now. */
export type DrillDevice = { db: TriangulateDb; engine: SyncEngine; memberId: string; deviceId: string };

/**
 * The real server app over a real database that can be stopped, backed up and restored
 * (SQLite: the file copied with the server stopped; PostgreSQL: the schema copied, and
 * put back in place of the live one), with devices that reach whichever app runs now.
 */
export type RestorableServer = {
  demo: DemoSeed;
  storage(): Storage;
  /** Joins with a code; the device keeps reaching the server across restarts. */
  join(code: string, db?: TriangulateDb): Promise<DrillDevice>;
  /** A new single-use code for a member (what the manager's team screen hands out). */
  inviteCode(memberId: string): Promise<string>;
  backUp(): Promise<void>;
  /** Stops the server, puts the backup in place, starts it again. */
  restore(): Promise<void>;
  close(): Promise<void>;
};

export async function startRestorableServer(): Promise<RestorableServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-restore-'));
  const target = await testStorageConfig(dataDir);
  let storage = await openStorage(target.config);
  const demo = await seedDemo(storage, { publicUrl: 'http://localhost', now: new Date(), evening: false });
  if (!demo) throw new Error('demo not seeded');
  const appOn = (current: Storage) =>
    createApp({ storage: current, clientDir: path.join(dataDir, 'no-client'), publicUrl: 'http://localhost' });
  let app = appOn(storage);
  const serverFetch: FetchLike = async (url, init) => app.request(url, init);
  const backups = databaseBackups(target);
  return {
    demo,
    storage: () => storage,
    async join(code, db = new TriangulateDb(`drill-${crypto.randomUUID()}`)) {
      const api = createApiClient('http://localhost', serverFetch);
      const joined = await api.join(code);
      await saveJoin(db, joined, null);
      const engine = new SyncEngine(db, api, joined.engagementId);
      return { db, engine, memberId: joined.memberId, deviceId: joined.deviceId };
    },
    inviteCode: (memberId) =>
      storage.transaction((tx) => createInvite(tx, { engagementId: demo.engagementId, memberId, now: new Date() })),
    async backUp() {
      await storage.close();
      await backups.save();
      storage = await openStorage(target.config);
      app = appOn(storage);
    },
    async restore() {
      await storage.close();
      await backups.putBack();
      storage = await openStorage(target.config);
      app = appOn(storage);
    },
    async close() {
      await storage.close();
      await backups.dispose();
      await target.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A backup of the stopped server's database, and putting it back. */
function databaseBackups(target: TestStorageConfig): {
  save(): Promise<void>;
  putBack(): Promise<void>;
  dispose(): Promise<void>;
} {
  const { dataDir, databaseUrl } = target.config;
  if (!databaseUrl) {
    const live = path.join(dataDir, sqliteFileName);
    const backup = path.join(dataDir, 'backup.sqlite');
    return {
      save: async () => copyFileSync(live, backup),
      putBack: async () => {
        rmSync(`${live}-wal`, { force: true });
        rmSync(`${live}-shm`, { force: true });
        copyFileSync(backup, live);
      },
      dispose: async () => undefined,
    };
  }
  const schema = new URL(databaseUrl).searchParams.get('options')?.split('search_path=')[1] ?? '';
  const backupSchema = `${schema}_backup`;
  const asAdmin = async (sql: string) => {
    const client = new Client({ connectionString: postgresAdminUrl() });
    await client.connect();
    try {
      return (await client.query<{ tablename: string }>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const tablesOf = async () =>
    (await asAdmin(`SELECT tablename FROM pg_tables WHERE schemaname = '${schema}'`)).map((row) => row.tablename);
  return {
    async save() {
      const copies = (await tablesOf()).map(
        (table) => `CREATE TABLE ${backupSchema}.${table} AS TABLE ${schema}.${table};`,
      );
      await asAdmin(`CREATE SCHEMA ${backupSchema}; ${copies.join('\n')}`);
    },
    // What pg_restore --clean does to the rows: every table emptied and refilled from the
    // backup (foreign keys checked by the copy they came from, so not again here).
    async putBack() {
      const tables = await tablesOf();
      const refills = tables.map((table) => `INSERT INTO ${schema}.${table} SELECT * FROM ${backupSchema}.${table};`);
      await asAdmin(`BEGIN; SET LOCAL session_replication_role = replica;
        TRUNCATE ${tables.map((table) => `${schema}.${table}`).join(', ')};
        ${refills.join('\n')} COMMIT;`);
    },
    async dispose() {
      await asAdmin(`DROP SCHEMA IF EXISTS ${backupSchema} CASCADE`);
    },
  };
}
