import { describe, expect, it } from 'vitest';
import { SyncError } from './syncError';
import { describeSyncState, syncTone, type SyncState } from './syncState';

const base: SyncState = { online: true, syncing: false, waitingCount: 0, lastError: null, lastSyncedAt: null };

describe('describeSyncState', () => {
  it.each<[Partial<SyncState>, string | null, string]>([
    [{}, null, 'All saved on the server'],
    [{ waitingCount: 1 }, null, '1 change waiting'],
    [{ waitingCount: 3 }, null, '3 changes waiting'],
    [{ syncing: true, waitingCount: 3 }, null, 'Syncing…'],
    [{ online: false }, null, 'Offline'],
    [{ online: false, waitingCount: 2 }, null, 'Offline · 2 changes waiting'],
    [{ online: false, waitingCount: 3 }, 'at 11:02', 'Offline · 3 changes waiting · last reached the server at 11:02'],
    [{ online: false }, 'at 11:02', 'Offline · last reached the server at 11:02'],
    [
      { lastError: new SyncError('upgrade_required', 'old'), waitingCount: 2 },
      null,
      'Update the app to sync · 2 changes waiting',
    ],
  ])('%o, reached %s, reads "%s"', (change, reached, words) => {
    expect(describeSyncState({ ...base, ...change }, reached)).toBe(words);
  });
});

describe('syncTone', () => {
  it('never gives offline the look of "all saved", even with nothing waiting', () => {
    expect(syncTone({ ...base, online: false })).toBe('offline');
    expect(syncTone(base)).toBe('saved');
    expect(syncTone({ ...base, waitingCount: 1 })).toBe('waiting');
    expect(syncTone({ ...base, lastError: new SyncError('rejected', 'no') })).toBe('problem');
  });
});
