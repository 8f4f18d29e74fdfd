import { describe, expect, it, vi } from 'vitest';
import { createLazyApiClient, loadOnce } from '../../src/client/sync/lazyApiClients';
import { SyncError } from '../../src/client/sync/syncError';

describe('API clients loaded on first use', () => {
  it('loads once, and again after a failed load', async () => {
    let attempt = 0;
    const load = vi.fn(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('chunk not reachable');
      return attempt;
    });
    const client = loadOnce(load);
    await expect(client()).rejects.toThrow('chunk not reachable');
    expect(await client()).toBe(2);
    expect(await client()).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('calls through to the real client: with no server, a pull fails as offline', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    try {
      const api = createLazyApiClient();
      await expect(api.pull('e', 't', 0)).rejects.toBeInstanceOf(SyncError);
      await expect(api.pull('e', 't', 0)).rejects.toMatchObject({ code: 'offline' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
