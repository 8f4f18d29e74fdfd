import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import type { JoinResponse } from '../../src/domain/sync/protocol';
import { seedDemo, type DemoSeed } from '../../src/server/demo/seedDemo';
import { createApp } from '../../src/server/http/createApp';
import { openStorage } from '../../src/server/storage/openStorage';
import type { Storage } from '../../src/server/storage/storage';

/** A tablet in the test: the real store and sync engine over fake-indexeddb. */
export type TestDevice = { db: TriangulateDb; joined: JoinResponse; engine: SyncEngine; fetchLike: FetchLike };

export type InProcessServer = {
  storage: Storage;
  demo: DemoSeed;
  /** The real server app answering in process (`app.request`), no sockets. */
  serverFetch: FetchLike;
  /** Joins with the demo's link `linkIndex` (0 manager, 1 lead peer, 2 officer peer). */
  device(linkIndex: number, fetchLike?: FetchLike): Promise<TestDevice>;
  close(): Promise<void>;
};

/** The real server app over a fresh SQLite file seeded with the demo engagement. */
export async function startInProcessServer(): Promise<InProcessServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-test-'));
  const storage = await openStorage({ dataDir });
  const demo = await seedDemo(storage, { publicUrl: 'http://localhost', now: new Date() });
  if (!demo) throw new Error('demo not seeded');
  const app = createApp({ storage, clientDir: path.join(dataDir, 'no-client'), publicUrl: 'http://localhost' });
  const serverFetch: FetchLike = async (url, init) => app.request(url, init);
  return {
    storage,
    demo,
    serverFetch,
    async device(linkIndex, fetchLike = serverFetch) {
      const api = createApiClient('http://localhost', fetchLike);
      const joined = await api.join(demo.links[linkIndex]?.url.split('/join/')[1] ?? '');
      const db = new TriangulateDb(`device-${crypto.randomUUID()}`);
      await saveJoin(db, joined, null);
      return { db, joined, engine: new SyncEngine(db, api, joined.engagementId), fetchLike };
    },
    async close() {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
