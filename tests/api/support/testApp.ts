import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { seedDemo, type DemoSeed } from '../../../src/server/demo/seedDemo';
import { createApp } from '../../../src/server/http/createApp';
import { openStorage } from '../../../src/server/storage/openStorage';
import type { StorageConfig } from '../../../src/server/storage/openStorage';
import type { Storage } from '../../../src/server/storage/storage';
import type { StorageKind } from '../../support/storageKind';
import { testStorageConfig } from '../../support/testStorageConfig';

export type TestApp = {
  app: Hono;
  storage: Storage;
  /** SQLite or PostgreSQL: the project this test runs in (vitest.config.ts) decides. */
  storageKind: StorageKind;
  /** Where the data lives, for a second app or the admin command line on the same database. */
  storageConfig: StorageConfig;
  demo: DemoSeed;
  /** The rev of the demo's last record: a pull since it sees only what the test wrote. */
  demoCursor: number;
  /** The temp folder holding the SQLite database, the fake client build and a secret outside it. */
  dir: string;
  clientDir: string;
  /** What the server and `npm run admin` read to open this same database. */
  databaseEnv: Record<string, string>;
  close(): Promise<void>;
};

/** A stand-in for the vite build: enough files to check types, caching and fallback. */
function writeClient(clientDir: string): void {
  mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Triangulate</title><div id="root"></div>');
  writeFileSync(path.join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(clientDir, 'registerSW.js'), '// registers sw.js');
  writeFileSync(path.join(clientDir, 'manifest.webmanifest'), '{"name":"Triangulate"}');
  writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(clientDir, 'assets', 'index-abc123.js'), 'console.log("app");');
  writeFileSync(path.join(clientDir, 'assets', 'index-abc123.css'), 'body{}');
}

/**
 * The real app over a real database, seeded with the demo: a SQLite file in a fresh temp
 * folder, or a fresh PostgreSQL schema in the api:postgres project.
 */
export async function startTestApp(options: { now?: () => Date } = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-api-'));
  const clientDir = path.join(dir, 'client');
  writeClient(clientDir);
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the client folder');
  const target = await testStorageConfig(path.join(dir, 'data'));
  const storage = await openStorage(target.config);
  const demo = await seedDemo(storage, { publicUrl: 'http://test.local', now: new Date() });
  if (!demo) throw new Error('a fresh database should take the demo');
  const demoRecords = await storage.read((tx) => tx.listChanges(demo.engagementId, 0, 100_000));
  const demoCursor = demoRecords.at(-1)?.rev ?? 0;
  const app = createApp({ storage, clientDir, ...(options.now ? { now: options.now } : {}) });
  return {
    app,
    storage,
    storageKind: target.kind,
    storageConfig: target.config,
    demo,
    demoCursor,
    dir,
    clientDir,
    databaseEnv: {
      DATA_DIR: path.join(dir, 'data'),
      ...(target.config.databaseUrl ? { DATABASE_URL: target.config.databaseUrl } : {}),
    },
    close: async () => {
      await storage.close();
      await target.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
