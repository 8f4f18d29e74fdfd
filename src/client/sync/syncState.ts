import type { SyncError } from './syncError';

/** What the sync engine knows right now; the status bar derives its words from this. */
export type SyncState = {
  /** False when the browser says so or the server could not be reached. */
  online: boolean;
  syncing: boolean;
  /** Edits on this device that the server has not confirmed yet. */
  waitingCount: number;
  /** Why the last sync stopped, unless it was only the connection. */
  lastError: SyncError | null;
  /** When this device last reached the server (kept across restarts), ISO; null if never. */
  lastSyncedAt: string | null;
};

/** How the status bar looks: offline must never look like "all saved on the server". */
export type SyncTone = 'offline' | 'problem' | 'waiting' | 'saved';

export function syncTone(state: SyncState): SyncTone {
  if (!state.online) return 'offline';
  if (state.lastError) return 'problem';
  return state.waitingCount > 0 || state.syncing ? 'waiting' : 'saved';
}

const plural = (count: number) => `${count} ${count === 1 ? 'change' : 'changes'} waiting`;

/**
 * The words of the sync status indicator. `lastReached` is when the device last reached
 * the server, already in words ("at 11:02"); offline, the person needs it most.
 */
export function describeSyncState(state: SyncState, lastReached: string | null = null): string {
  const waiting = state.waitingCount > 0 ? plural(state.waitingCount) : '';
  const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ');
  if (!state.online) return join('Offline', waiting, lastReached ? `last reached the server ${lastReached}` : '');
  if (state.syncing) return 'Syncing…';
  if (state.lastError) {
    const reason =
      state.lastError.code === 'upgrade_required'
        ? 'Update the app to sync'
        : state.lastError.code === 'unauthorized'
          ? 'This device is no longer signed in: ask your challenge manager for a new link'
          : `Sync problem: ${state.lastError.message}`;
    return join(reason, waiting);
  }
  return waiting || 'All saved on the server';
}
