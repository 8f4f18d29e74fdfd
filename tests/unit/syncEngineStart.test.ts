// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createNote, updateNote } from '../../src/client/store/noteRepository';
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

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the sync engine at start', () => {
  it('leaves the first moment to the first screen, then syncs', async () => {
    const db = await joinedDb();
    const { api, requests } = countingApi();
    const stop = new SyncEngine(db, api, engagementId, { firstSyncAfterMs: 100 }).start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toEqual([]);
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
    stop();
  });

  it('with no network waits for the online event instead', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const db = await joinedDb();
    const { api, requests } = countingApi();
    const stop = new SyncEngine(db, api, engagementId, { firstSyncAfterMs: 20 }).start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toEqual([]);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));
    stop();
  });
});

describe('the sync engine while someone types', () => {
  it('pushes once the typing pauses, not in the middle of it', async () => {
    const db = await joinedDb();
    const { api, requests } = countingApi();
    const pushes = () => requests.filter((url) => url.endsWith('/push')).length;
    const stop = new SyncEngine(db, api, engagementId, {
      firstSyncAfterMs: 60_000,
      settleMs: 300,
      maxSettleMs: 5_000,
    }).start();
    const note = await createNote(db, session, memberId);
    let text = '';
    for (const key of 'Carers wait weeks for an assessment') {
      text += key;
      await updateNote(db, note, { text });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    // 35 keystrokes 40 ms apart: ~1.4 s of typing, settle 300 ms, so no push yet.
    expect(pushes()).toBe(0);
    await vi.waitFor(() => expect(pushes()).toBe(1), { timeout: 2_000 });
    stop();
  });

  it('still pushes while someone types without a pause, after the longest settle', async () => {
    const db = await joinedDb();
    const { api, requests } = countingApi();
    const pushes = () => requests.filter((url) => url.endsWith('/push')).length;
    const stop = new SyncEngine(db, api, engagementId, {
      firstSyncAfterMs: 60_000,
      settleMs: 300,
      maxSettleMs: 600,
    }).start();
    const note = await createNote(db, session, memberId);
    let text = '';
    const started = Date.now();
    while (pushes() === 0 && Date.now() - started < 3_000) {
      text += 'x';
      await updateNote(db, note, { text });
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect(pushes()).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
    stop();
  });
});
