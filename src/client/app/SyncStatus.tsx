import type { SyncEngine } from '../sync/syncEngine';
import { describeSyncState } from '../sync/syncState';
import { useSyncState } from '../sync/useSyncState';

/** Says whether everything typed here is safe on the server, and lets the person sync now. */
export function SyncStatus({ engine }: { engine: SyncEngine }) {
  const state = useSyncState(engine);
  const tone = !state.online ? 'offline' : state.lastError ? 'problem' : state.waitingCount > 0 ? 'waiting' : 'saved';
  return (
    <div className="sync-status">
      <span role="status" aria-label="Sync status" className={`sync-status__text sync-status__text--${tone}`}>
        {describeSyncState(state)}
      </span>
      <button type="button" onClick={() => void engine.syncNow()} disabled={state.syncing}>
        Sync now
      </button>
    </div>
  );
}
