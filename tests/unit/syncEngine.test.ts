import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TriangulateDb } from '../../src/client/store/db';
import { saveJoin } from '../../src/client/store/deviceIdentityRepository';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote, listSessionNotes, updateNote } from '../../src/client/store/noteRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { seedDemo, type DemoSeed } from '../../src/server/demo/seedDemo';
import { createApp } from '../../src/server/http/createApp';
import { openStorage } from '../../src/server/storage/openStorage';
import type { Storage } from '../../src/server/storage/storage';

let dataDir: string;
let storage: Storage;
let demo: DemoSeed;
let serverFetch: FetchLike;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'triangulate-sync-'));
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

/** A device: its own IndexedDB, joined with one of the demo's links, with a sync engine. */
async function device(linkIndex: number, fetchLike: FetchLike = serverFetch) {
  const db = new TriangulateDb(`device-${crypto.randomUUID()}`);
  const api = createApiClient('http://localhost', fetchLike);
  const code = demo.links[linkIndex]?.url.split('/join/')[1] ?? '';
  const joined = await api.join(code);
  await saveJoin(db, joined, null);
  const engine = new SyncEngine(db, api, joined.engagementId);
  return { db, engine, joined };
}

describe('sync engine against the real server app', () => {
  it('brings one peer’s notes to another, exactly once', async () => {
    const peerA = await device(1);
    const peerB = await device(2);
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, demo.engagementId);
    if (!session) throw new Error('no session pulled');
    for (const text of ['Heard: waiting lists are long', 'Read: the strategy is dated', 'Seen: a warm welcome']) {
      const note = await createNote(peerA.db, session, peerA.joined.memberId);
      await updateNote(peerA.db, note, { text });
    }
    await peerA.engine.syncNow();
    expect(peerA.engine.getState()).toMatchObject({ online: true, waitingCount: 0, lastError: null });
    expect(await peerA.db.outbox.count()).toBe(0);

    await peerB.engine.syncNow();
    const seenByB = await listSessionNotes(peerB.db, demo.engagementId, session.id);
    expect(seenByB.map((note) => note.text).sort()).toEqual(
      ['Heard: waiting lists are long', 'Read: the strategy is dated', 'Seen: a warm welcome'].sort(),
    );
    expect(new Set(seenByB.map((note) => note.authorId))).toEqual(new Set([peerA.joined.memberId]));
  });

  it('retries a push whose answer was lost without applying it twice', async () => {
    let dropNextPushAnswer = true;
    const lossy: FetchLike = async (url, init) => {
      const response = await serverFetch(url, init);
      if (url.endsWith('/push') && dropNextPushAnswer) {
        dropNextPushAnswer = false;
        throw new TypeError('connection reset after the server applied the push');
      }
      return response;
    };
    const peerA = await device(1, lossy);
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, demo.engagementId);
    if (!session) throw new Error('no session pulled');
    const note = await createNote(peerA.db, session, peerA.joined.memberId);
    await peerA.engine.syncNow();
    expect(peerA.engine.getState().online).toBe(false);
    await updateNote(peerA.db, note, { text: 'typed after the lost answer' });
    await peerA.engine.syncNow();
    expect(await peerA.db.outbox.count()).toBe(0);

    const peerB = await device(2);
    await peerB.engine.syncNow();
    const notes = await listSessionNotes(peerB.db, demo.engagementId, session.id);
    expect(notes.map((n) => n.text)).toEqual(['typed after the lost answer']);
  });

  it('keeps the outbox when the server is unreachable and says so', async () => {
    let reachable = true;
    const peerA = await device(1, async (url, init) => {
      if (!reachable) throw new TypeError('Failed to fetch');
      return serverFetch(url, init);
    });
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, demo.engagementId);
    if (!session) throw new Error('no session pulled');
    reachable = false;
    await createNote(peerA.db, session, peerA.joined.memberId);
    await peerA.engine.syncNow();
    expect(peerA.engine.getState()).toMatchObject({ online: false, waitingCount: 1 });
    expect(await peerA.db.outbox.count()).toBe(1);
    reachable = true;
    await peerA.engine.syncNow();
    expect(peerA.engine.getState().online).toBe(true);
    expect(await peerA.db.outbox.count()).toBe(0);
  });
});
