import { useEffect, useState } from 'react';
import { closeWhenAnotherTabUpgrades } from '../store/versionChange';
import { useAppServices } from '../services/appServices';

/**
 * When another tab opens a newer Triangulate (a new database version), this tab saves
 * everything, lets go of the database so the upgrade can run, and asks to reload.
 */
export function VersionChangeBanner() {
  const { db, pendingSaves } = useAppServices();
  const [closed, setClosed] = useState<{ saved: boolean } | null>(null);
  useEffect(
    () =>
      closeWhenAnotherTabUpgrades(
        db,
        () => pendingSaves.flushAll(),
        (saved) => setClosed({ saved }),
      ),
    [db, pendingSaves],
  );
  if (!closed) return null;
  return (
    <div role="alert" className="app-banner app-banner--problem">
      <p>
        {closed.saved
          ? 'A newer version of Triangulate opened in another tab — your notes are saved. Reload to continue.'
          : 'A newer version of Triangulate opened in another tab. Your latest typing is kept on this device and comes back when you reload. Reload to continue.'}
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
