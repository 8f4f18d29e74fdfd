import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote } from '../../src/client/store/noteRepository';
import { addNotePhoto } from '../../src/client/store/photoRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { seedDemo, type DemoSeed } from '../../src/server/demo/seedDemo';
import { createApp } from '../../src/server/http/createApp';
import { openStorage } from '../../src/server/storage/openStorage';
import type { Storage } from '../../src/server/storage/storage';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let dataDir: string;
let storage: Storage;
let demo: DemoSeed;
let serverFetch: FetchLike;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-photos-'));
  storage = await openStorage({ dataDir });
  const seeded = await seedDemo(storage, { publicUrl: 'http://localhost', now: new Date() });
  if (!seeded) throw new Error('demo not seeded');
  demo = seeded;
  const app = createApp({ storage, clientDir: path.join(dataDir, 'no-client') });
  serverFetch = async (url, init) => app.request(url, init);
});

afterEach(async () => {
  await storage.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(linkIndex: number, fetchLike: FetchLike = serverFetch) {
  const db = new TriangulateDb(`device-${crypto.randomUUID()}`);
  const api = createApiClient('http://localhost', fetchLike);
  const joined = await api.join(demo.links[linkIndex]?.url.split('/join/')[1] ?? '');
  await saveJoin(db, joined, null);
  return { db, joined, engine: new SyncEngine(db, api, joined.engagementId) };
}

describe('photo sync', () => {
  it('uploads a photo taken offline at the next sync, and a teammate fetches and keeps it', async () => {
    let online = true;
    const peerA = await device(1, async (url, init) => {
      if (!online) throw new TypeError('offline');
      return serverFetch(url, init);
    });
    const peerB = await device(2);
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, demo.engagementId);
    if (!session) throw new Error('no session');

    online = false;
    const note = await createNote(peerA.db, session, peerA.joined.memberId);
    const photo = await addNotePhoto(peerA.db, note.id, { bytes: png.slice().buffer, contentType: 'image/png' });
    await peerA.engine.syncNow();
    expect((await peerA.db.photo.get(photo.id))?.uploaded).toBe(0);
    // The status counts the photo too: one note edit and one photo wait.
    expect(peerA.engine.getState().waitingCount).toBe(2);

    online = true;
    await peerA.engine.syncNow();
    expect(peerA.engine.getState().lastError).toBeNull();
    expect((await peerA.db.photo.get(photo.id))?.uploaded).toBe(1);
    expect(peerA.engine.getState().waitingCount).toBe(0);

    await peerB.engine.syncNow();
    const fetched = await peerB.db.photo.get(photo.id);
    expect(fetched).toMatchObject({ noteId: note.id, contentType: 'image/png', uploaded: 1 });
    expect(new Uint8Array(fetched?.bytes ?? new ArrayBuffer(0))).toEqual(png);
  });

  it('marks a photo the server refuses and keeps syncing notes', async () => {
    const peerA = await device(1);
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, demo.engagementId);
    if (!session) throw new Error('no session');
    const note = await createNote(peerA.db, session, peerA.joined.memberId);
    // Bytes that claim to be JPEG but are not: the server answers 415.
    const photo = await addNotePhoto(peerA.db, note.id, { bytes: new Uint8Array([1, 2, 3]).buffer, contentType: 'image/jpeg' });
    await peerA.engine.syncNow();
    expect(peerA.engine.getState()).toMatchObject({ lastError: null, waitingCount: 0 });
    expect((await peerA.db.photo.get(photo.id))?.uploadRefused).toBeTruthy();
  });
});
