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
  lastSyncedAt: string | null;
};

const plural = (count: number) => `${count} ${count === 1 ? 'change' : 'changes'} waiting`;

/** The words of the sync status indicator. */
export function describeSyncState(state: SyncState): string {
  const waiting = state.waitingCount > 0 ? plural(state.waitingCount) : '';
  if (!state.online) return waiting ? `Offline — ${waiting}` : 'Offline';
  if (state.syncing) return 'Syncing…';
  if (state.lastError) {
    const reason =
      state.lastError.code === 'upgrade_required'
        ? 'Update the app to sync'
        : state.lastError.code === 'unauthorized'
          ? 'This device is no longer signed in: ask your challenge manager for a new link'
          : `Sync problem: ${state.lastError.message}`;
    return waiting ? `${reason} — ${waiting}` : reason;
  }
  return waiting || 'All saved on the server';
}
