import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxChangesPerPull, maxMutationsPerPush } from '../../src/domain/sync/protocol';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote } from '../../src/client/store/noteRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { seedDemo, type DemoSeed } from '../../src/server/demo/seedDemo';
import { createApp } from '../../src/server/http/createApp';
import { openStorage } from '../../src/server/storage/openStorage';
import type { Storage } from '../../src/server/storage/storage';

const weekOfNotes = 5_000;
let dataDir: string;
let storage: Storage;
let demo: DemoSeed;
const requests: string[] = [];
let serverFetch: FetchLike;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-week-'));
  storage = await openStorage({ dataDir });
  const seeded = await seedDemo(storage, { publicUrl: 'http://localhost', now: new Date() });
  if (!seeded) throw new Error('demo not seeded');
  demo = seeded;
  const app = createApp({ storage, clientDir: path.join(dataDir, 'none') });
  serverFetch = async (url, init) => {
    requests.push(url.replace(/^http:\/\/localhost/, '').replace(/[0-9a-f-]{36}/, ':id'));
    return app.request(url, init);
  };
});

afterAll(async () => {
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(linkIndex: number, online: () => boolean) {
  const api = createApiClient('http://localhost', async (url, init) => {
    if (!online()) throw new TypeError('Failed to fetch');
    return serverFetch(url, init);
  });
  const joined = await api.join(demo.links[linkIndex]?.url.split('/join/')[1] ?? '');
  const db = new TriangulateDb(`week-${crypto.randomUUID()}`);
  await saveJoin(db, joined, null);
  return { db, joined, engine: new SyncEngine(db, api, joined.engagementId) };
}

describe('a tablet offline for a week', () => {
  it(`syncs ${weekOfNotes} notes in pages, each exactly once`, async () => {
    let online = true;
    const peer = await device(1, () => online);
    await peer.engine.syncNow();
    const [session] = await listSessions(peer.db, demo.engagementId);
    if (!session) throw new Error('no session');

    online = false;
    for (let index = 0; index < weekOfNotes; index += 1) {
      // Each note in its own transaction, as typed on site.
      await createNote(peer.db, session, peer.joined.memberId);
    }
    await peer.engine.syncNow();
    expect(peer.engine.getState()).toMatchObject({ online: false, waitingCount: weekOfNotes });

    online = true;
    requests.length = 0;
    await peer.engine.syncNow();
    const pushes = requests.filter((url) => url.endsWith('/push')).length;
    expect(pushes).toBe(Math.ceil(weekOfNotes / maxMutationsPerPush));
    expect(await peer.db.outbox.count()).toBe(0);

    const colleague = await device(2, () => true);
    requests.length = 0;
    await colleague.engine.syncNow();
    const pulls = requests.filter((url) => url.includes('/pull')).length;
    expect(pulls).toBeGreaterThanOrEqual(Math.ceil(weekOfNotes / maxChangesPerPull));
    const notes = await colleague.db.note.where('engagementId').equals(demo.engagementId).toArray();
    expect(notes).toHaveLength(weekOfNotes);
    expect(new Set(notes.map((note) => note.id)).size).toBe(weekOfNotes);
  }, 120_000);
});
