// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NoteIndexHandle } from '../../src/client/services/noteIndexHandle';
import { makeNote } from '../component/searchFixtures';
import { engagementId, joinedDb } from './storeFixtures';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the handle's index is built. */
const built = (handle: NoteIndexHandle) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (handle.getSnapshot().generation !== null) resolve();
    };
    handle.subscribe(check);
    check();
  });

describe('NoteIndexHandle', () => {
  it('builds in the background only after the start delay, without anyone asking', async () => {
    const db = await joinedDb();
    await db.note.put(makeNote('Panel one'));
    const handle = new NoteIndexHandle(db, engagementId, { startAfterMs: 200 });
    const stop = handle.start();
    await pause(100);
    expect(handle.getSnapshot().index).toBeNull();
    await built(handle);
    expect(handle.getSnapshot().index?.size).toBe(1);
    stop();
  });

  it('builds at once when the Search screen asks before start-up got there', async () => {
    const db = await joinedDb();
    await db.note.put(makeNote('Panel one'));
    const handle = new NoteIndexHandle(db, engagementId, { startAfterMs: 60_000 });
    const stop = handle.start();
    await handle.catchUp();
    expect(handle.getSnapshot().index?.size).toBe(1);
    stop();
  });

  it('stopped before the delay, it never builds', async () => {
    const db = await joinedDb();
    const handle = new NoteIndexHandle(db, engagementId, { startAfterMs: 20 });
    handle.start()();
    await pause(150);
    expect(handle.getSnapshot()).toEqual({ index: null, generation: null, progress: null, error: null });
  });
});
