// Before anything loads Dexie, which looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSessions } from '../../src/client/store/engagementQueries';
import { createNote } from '../../src/client/store/noteRepository';
import { addNotePhoto } from '../../src/client/store/photoRepository';
import { startInProcessServer, type InProcessServer } from '../support/inProcessServer';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let server: InProcessServer;

beforeEach(async () => {
  server = await startInProcessServer();
});

afterEach(async () => {
  await server.close();
});

describe('photo sync', () => {
  it('uploads a photo taken offline at the next sync, and a teammate fetches and keeps it', async () => {
    let online = true;
    const peerA = await server.device(1, async (url, init) => {
      if (!online) throw new TypeError('offline');
      return server.serverFetch(url, init);
    });
    const peerB = await server.device(2);
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, server.demo.engagementId);
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
    const peerA = await server.device(1);
    await peerA.engine.syncNow();
    const [session] = await listSessions(peerA.db, server.demo.engagementId);
    if (!session) throw new Error('no session');
    const note = await createNote(peerA.db, session, peerA.joined.memberId);
    // Bytes that claim to be JPEG but are not: the server answers 415.
    const photo = await addNotePhoto(peerA.db, note.id, {
      bytes: new Uint8Array([1, 2, 3]).buffer,
      contentType: 'image/jpeg',
    });
    await peerA.engine.syncNow();
    expect(peerA.engine.getState()).toMatchObject({ lastError: null, waitingCount: 0 });
    expect((await peerA.db.photo.get(photo.id))?.uploadRefused).toBeTruthy();
  });
});
