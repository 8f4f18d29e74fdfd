import { useLocation, useNavigate } from 'react-router';
import { isJoinedState } from '../services/joinedState';

function persistenceAnswer(persisted: boolean | null): string {
  if (persisted === true)
    return 'This browser has promised to keep your notes on this device (persistent storage granted).';
  if (persisted === false) {
    return 'This browser has not promised to keep your notes: if the device runs short of space it may delete them. Sync when you have signal, and download a backup from Settings.';
  }
  return 'This browser cannot say whether it keeps your notes when space runs short: sync often, and download a backup from Settings.';
}

/** Right after joining: the browser's answer to "keep this site's data", shown once. */
export function StorageBannerAfterJoin() {
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  if (!isJoinedState(state)) return null;
  const dismiss = () => void navigate(location.pathname, { replace: true, state: null });
  return (
    <div role="status" aria-label="Storage on this device" className="app-banner">
      <p>
        <strong>Joined.</strong> {persistenceAnswer(state.joinedStoragePersisted)}
      </p>
      <button type="button" onClick={dismiss}>
        OK
      </button>
    </div>
  );
}
