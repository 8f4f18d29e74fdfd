// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote, listSessionNotes, updateNote } from '../../src/client/store/noteRepository';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { startInProcessServer, type InProcessServer } from '../support/inProcessServer';

let server: InProcessServer;

beforeEach(async () => {
  server = await startInProcessServer();
});

afterEach(async () => {
  await server.close();
});

describe('sync engine against the real server app', () => {
  it('brings one peer’s notes to another, exactly once', async () => {
    const peerA = await server.device(1);
    const peerB = await server.device(2);
    await peerA.engine.syncNow();
    // The demo's last session is tomorrow's: it has no notes of the demo evening yet.
    const session = (await listSessions(peerA.db, server.demo.engagementId)).at(-1);
    if (!session) throw new Error('no session pulled');
    for (const text of ['Heard: waiting lists are long', 'Read: the strategy is dated', 'Seen: a warm welcome']) {
      const note = await createNote(peerA.db, session, peerA.joined.memberId);
      await updateNote(peerA.db, note, { text });
    }
    await peerA.engine.syncNow();
    expect(peerA.engine.getState()).toMatchObject({ online: true, waitingCount: 0, lastError: null });
    expect(await peerA.db.outbox.count()).toBe(0);

    await peerB.engine.syncNow();
    const seenByB = await listSessionNotes(peerB.db, server.demo.engagementId, session.id);
    expect(seenByB.map((note) => note.text).sort()).toEqual(
      ['Heard: waiting lists are long', 'Read: the strategy is dated', 'Seen: a warm welcome'].sort(),
    );
    expect(new Set(seenByB.map((note) => note.authorId))).toEqual(new Set([peerA.joined.memberId]));
  });

  it('retries a push whose answer was lost without applying it twice', async () => {
    let dropNextPushAnswer = true;
    const lossy: FetchLike = async (url, init) => {
      const response = await server.serverFetch(url, init);
      if (url.endsWith('/push') && dropNextPushAnswer) {
        dropNextPushAnswer = false;
        throw new TypeError('connection reset after the server applied the push');
      }
      return response;
    };
    const peerA = await server.device(1, lossy);
    await peerA.engine.syncNow();
    // The demo's last session is tomorrow's: it has no notes of the demo evening yet.
    const session = (await listSessions(peerA.db, server.demo.engagementId)).at(-1);
    if (!session) throw new Error('no session pulled');
    const note = await createNote(peerA.db, session, peerA.joined.memberId);
    await peerA.engine.syncNow();
    expect(peerA.engine.getState().online).toBe(false);
    await updateNote(peerA.db, note, { text: 'typed after the lost answer' });
    await peerA.engine.syncNow();
    expect(await peerA.db.outbox.count()).toBe(0);

    const peerB = await server.device(2);
    await peerB.engine.syncNow();
    const notes = await listSessionNotes(peerB.db, server.demo.engagementId, session.id);
    expect(notes.map((n) => n.text)).toEqual(['typed after the lost answer']);
  });

  it('keeps the outbox when the server is unreachable and says so', async () => {
    let reachable = true;
    const peerA = await server.device(1, async (url, init) => {
      if (!reachable) throw new TypeError('Failed to fetch');
      return server.serverFetch(url, init);
    });
    await peerA.engine.syncNow();
    // The demo's last session is tomorrow's: it has no notes of the demo evening yet.
    const session = (await listSessions(peerA.db, server.demo.engagementId)).at(-1);
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

  it('starts offline when the signal went after it was made, with no event to say so', async () => {
    const network = { onLine: true };
    vi.stubGlobal('navigator', network);
    vi.stubGlobal('window', new EventTarget());
    try {
      const peer = await server.device(1);
      expect(peer.engine.getState().online).toBe(true);
      network.onLine = false;
      const stop = peer.engine.start();
      expect(peer.engine.getState().online).toBe(false);
      stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stays offline when a sync that was under way finishes after the signal went', async () => {
    const network = { onLine: true };
    vi.stubGlobal('navigator', network);
    try {
      const peer = await server.device(1, async (url, init) => {
        const answer = await server.serverFetch(url, init);
        // The answer arrives; meanwhile the tablet lost its signal.
        network.onLine = false;
        return answer;
      });
      await peer.engine.syncNow();
      expect(peer.engine.getState().online).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
