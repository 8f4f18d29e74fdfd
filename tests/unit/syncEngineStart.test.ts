// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine, type SyncEngineOptions } from '../../src/client/sync/syncEngine';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
import { FakeClock } from '../support/fakeClock';
import { engagementId, joinedDb, memberId, session } from './storeFixtures';

/** An API whose every request is counted and then fails as with no signal. */
function countingApi() {
  const requests: string[] = [];
  const api = createApiClient('http://localhost', (url) => {
    requests.push(url);
    return Promise.reject(new TypeError('Failed to fetch'));
  });
  return { api, requests };
}

/**
 * A started engine on a fake clock. `syncs` counts the syncs begun: a sync says it runs
 * (state `syncing`) the moment it starts, before any await, so the count is exact at once.
 */
async function startedEngine(options: Partial<SyncEngineOptions>) {
  const db = await joinedDb();
  const { api, requests } = countingApi();
  const clock = new FakeClock();
  const engine = new SyncEngine(db, api, engagementId, { ...options, clock });
  const begun = { syncs: 0 };
  let syncing = false;
  engine.subscribe(() => {
    if (engine.getState().syncing && !syncing) begun.syncs += 1;
    syncing = engine.getState().syncing;
  });
  const stop = engine.start();
  return { db, engine, clock, begun, requests, stop };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the sync engine at start', () => {
  it('leaves the first moment to the first screen, then syncs', async () => {
    const { clock, begun, requests, stop } = await startedEngine({ firstSyncAfterMs: 100 });
    clock.advance(99);
    expect(begun.syncs).toBe(0);
    clock.advance(1);
    expect(begun.syncs).toBe(1);
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
    stop();
  });

  it('with no network waits for the online event instead', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { clock, begun, requests, stop } = await startedEngine({ firstSyncAfterMs: 20, intervalMs: 1000 });
    // Past the first sync and a few intervals: each found no network.
    clock.advance(3500);
    expect(clock.pending).toBeGreaterThan(0);
    expect(begun.syncs).toBe(0);
    window.dispatchEvent(new Event('online'));
    expect(begun.syncs).toBe(1);
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
    stop();
  });

  it('stopped, leaves nothing to run later', async () => {
    const { clock, stop } = await startedEngine({});
    stop();
    expect(clock.pending).toBe(0);
  });
});

describe('the sync engine while someone types', () => {
  /** An engine that has counted the new note's outbox entry: a push now waits for typing to pause. */
  async function engineWithANewNote(options: Partial<SyncEngineOptions>) {
    const started = await startedEngine({ firstSyncAfterMs: 60_000, ...options });
    const note = await createNote(started.db, session, memberId);
    started.clock.advance(400); // the waiting-edits recount after a write
    await vi.waitFor(() => expect(started.engine.getState().waitingCount).toBe(1));
    const pushes = () => started.requests.filter((url) => url.endsWith('/push')).length;
    return { ...started, note, pushes };
  }

  it('pushes once the typing pauses, not in the middle of it', async () => {
    const { db, clock, begun, note, pushes, stop } = await engineWithANewNote({ settleMs: 300, maxSettleMs: 5_000 });
    let text = '';
    for (const key of 'Carers wait weeks for an assessment') {
      text += key;
      // Each keystroke's write lands (and is seen) before the next 40 ms pass.
      await updateNote(db, note, { text });
      clock.advance(40);
    }
    // 35 keystrokes 40 ms apart: ~1.4 s of typing, settle 300 ms, so no push yet.
    expect(begun.syncs).toBe(0);
    clock.advance(259);
    expect(begun.syncs).toBe(0);
    clock.advance(1);
    expect(begun.syncs).toBe(1);
    await vi.waitFor(() => expect(pushes()).toBe(1));
    stop();
  });

  it('still pushes while someone types without a pause, after the longest settle', async () => {
    const { db, clock, begun, note, pushes, stop } = await engineWithANewNote({ settleMs: 300, maxSettleMs: 600 });
    let text = '';
    // The settle began when the new note was counted; 15 keystrokes 40 ms apart reach 600 ms.
    for (let key = 1; key <= 15; key += 1) {
      text += 'x';
      await updateNote(db, note, { text });
      expect(begun.syncs).toBe(0);
      clock.advance(40);
    }
    expect(begun.syncs).toBe(1);
    await vi.waitFor(() => expect(pushes()).toBe(1));
    stop();
  });

  it('with no signal, typing starts no push: the note waits as one change, sent when the signal is back', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { db, clock, begun, note, pushes, stop } = await engineWithANewNote({ settleMs: 300, maxSettleMs: 600 });
    let text = '';
    // Pauses longer than the settle, and typing longer than the longest settle: each would start a push online.
    for (const word of ['Carers', 'wait', 'weeks', 'for', 'an', 'assessment']) {
      text += `${word} `;
      await updateNote(db, note, { text });
      clock.advance(500);
    }
    window.dispatchEvent(new Event('focus'));
    expect(begun.syncs).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.outbox.toArray()).map((entry) => entry.state)).toEqual(['waiting']);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(begun.syncs).toBe(1);
    await vi.waitFor(() => expect(pushes()).toBe(1));
    stop();
  });
});
