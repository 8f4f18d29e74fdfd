import type { SyncEngine } from '../sync/syncEngine';
import { describeSyncState, syncTone, type SyncTone } from '../sync/syncState';
import { useSyncState } from '../sync/useSyncState';
import { formatClock, formatRecentTime } from '../ui/formatTime';

/** One shape per tone, so the state reads without colour too (the words carry it in full). */
const icons: Record<SyncTone, string> = {
  // A tick: everything is on the server.
  saved: 'M4 12.5l5 5L20 6.5',
  // A cloud struck through: no connection.
  offline: 'M7 18h10a4 4 0 0 0 .6-7.96A6 6 0 0 0 6.2 9.1 4.5 4.5 0 0 0 7 18zM3 3l18 18',
  // Two arrows round: changes on their way.
  waiting: 'M20 12a8 8 0 0 1-14 5.3M4 12a8 8 0 0 1 14-5.3M18 3v4h-4M6 21v-4h4',
  // A warning sign: sync stopped for a reason the person must act on.
  problem: 'M12 3l10 18H2L12 3zM12 10v5M12 18v.01',
};

/** What the status reads and starts: the engagement's sync engine. */
type StatusSource = Pick<SyncEngine, 'subscribe' | 'getState' | 'syncNow'>;

/** "at 11:02" today, else "on Mon 30 Nov, 17:45". */
function reachedWords(iso: string | null, now: Date): string | null {
  if (iso === null) return null;
  const at = new Date(iso);
  const words = formatRecentTime(at, now);
  return words === formatClock(at) ? `at ${words}` : `on ${words}`;
}

/** Says whether everything typed here is safe on the server, and lets the person sync now. */
export function SyncStatus({ engine, now = () => new Date() }: { engine: StatusSource; now?: () => Date }) {
  const state = useSyncState(engine);
  const tone = syncTone(state);
  return (
    <div className={`sync-status sync-status--${tone}`}>
      <svg className="sync-status__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={icons[tone]} />
      </svg>
      <span role="status" aria-label="Sync status" className={`sync-status__text sync-status__text--${tone}`}>
        {describeSyncState(state, reachedWords(state.lastSyncedAt, now()))}
      </span>
      <button
        type="button"
        className="sync-status__button"
        title="Sync now"
        onClick={() => void engine.syncNow()}
        disabled={state.syncing}
      >
        <svg className="sync-status__button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={icons.waiting} />
        </svg>
        {/* Words on a wide screen; on a tablet the arrows show and the words stay for screen readers. */}
        <span className="sync-status__button-words">Sync now</span>
      </button>
    </div>
  );
}
