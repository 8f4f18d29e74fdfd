// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteIndexHandle } from '../../src/client/services/noteIndexHandle';
import { makeNote } from '../component/searchFixtures';
import { engagementId, joinedDb } from './storeFixtures';

/** Timers the test moves by hand; IndexedDB (fake-indexeddb's setImmediate) keeps running. */
const handTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

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
    handTimers();
    const stop = handle.start();
    vi.advanceTimersByTime(199);
    // Only the start delay waits: nothing has begun loading or reading.
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers(); // the browser is idle (no idle callbacks in jsdom: a short timer)
    vi.useRealTimers();
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

  it('with a worker to build it, waits for the first idle moment (at most half a second): a first "New note" comes first', async () => {
    const db = await joinedDb();
    const idle = vi.fn(() => 7);
    const cancel = vi.fn();
    vi.stubGlobal('Worker', function Worker() {}); // only that there is one
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const handle = new NoteIndexHandle(db, engagementId);
    handTimers();
    const stop = handle.start();
    vi.advanceTimersByTime(0);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 });
    stop();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('stopped before the delay, it never builds', async () => {
    const db = await joinedDb();
    const handle = new NoteIndexHandle(db, engagementId, { startAfterMs: 20 });
    handTimers();
    handle.start()();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(handle.getSnapshot()).toEqual({ index: null, generation: null, progress: null, error: null });
  });
});
