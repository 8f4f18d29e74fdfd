import { describe, expect, it } from 'vitest';
import { SyncError } from './syncError';
import { describeSyncState, type SyncState } from './syncState';

const base: SyncState = { online: true, syncing: false, waitingCount: 0, lastError: null, lastSyncedAt: null };

describe('describeSyncState', () => {
  it.each<[Partial<SyncState>, string]>([
    [{}, 'All saved on the server'],
    [{ waitingCount: 1 }, '1 change waiting'],
    [{ waitingCount: 3 }, '3 changes waiting'],
    [{ syncing: true, waitingCount: 3 }, 'Syncing…'],
    [{ online: false }, 'Offline'],
    [{ online: false, waitingCount: 2 }, 'Offline — 2 changes waiting'],
    [
      { lastError: new SyncError('upgrade_required', 'old'), waitingCount: 2 },
      'Update the app to sync — 2 changes waiting',
    ],
  ])('%o reads "%s"', (change, words) => {
    expect(describeSyncState({ ...base, ...change })).toBe(words);
  });
});
