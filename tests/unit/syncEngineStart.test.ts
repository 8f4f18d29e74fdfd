// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { engagementId, joinedDb } from './storeFixtures';

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
