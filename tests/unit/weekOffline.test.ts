// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxChangesPerPull, maxMutationsPerPush } from '../../src/domain/sync/limits';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote } from '../../src/client/store/noteRepository';
import type { FetchLike } from '../../src/client/sync/httpCall';
import { startInProcessServer, type InProcessServer } from '../support/inProcessServer';

const weekOfNotes = 5_000;
let server: InProcessServer;
const requests: string[] = [];

beforeAll(async () => {
  server = await startInProcessServer();
});

afterAll(async () => {
  await server.close();
});

/** A device whose requests are counted, and which reaches the server only when `online()`. */
function device(linkIndex: number, online: () => boolean) {
  const counted: FetchLike = async (url, init) => {
    if (!online()) throw new TypeError('Failed to fetch');
    requests.push(url.replace(/^http:\/\/localhost/, '').replace(/[0-9a-f-]{36}/, ':id'));
    return server.serverFetch(url, init);
  };
  return server.device(linkIndex, counted);
}

describe('a tablet offline for a week', () => {
  it(`syncs ${weekOfNotes} notes in pages, each exactly once`, async () => {
    let online = true;
    const peer = await device(1, () => online);
    await peer.engine.syncNow();
    // The demo's last session is tomorrow's: it has no notes of the demo evening yet.
    const session = (await listSessions(peer.db, server.demo.engagementId)).at(-1);
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
    const notes = await colleague.db.note
      .where('[engagementId+sessionId]')
      .equals([server.demo.engagementId, session.id])
      .toArray();
    expect(notes).toHaveLength(weekOfNotes);
    expect(new Set(notes.map((note) => note.id)).size).toBe(weekOfNotes);
  }, 120_000);
});
