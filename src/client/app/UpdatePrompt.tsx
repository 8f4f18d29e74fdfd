import { useRegisterSW } from 'virtual:pwa-register/react';
import { useState } from 'react';
import { useAppServices } from '../services/appServices';

const hourMs = 60 * 60 * 1000;

/** Looks for a new version on focus and hourly: sessions last days without a reload. */
function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (navigator.onLine) void registration.update().catch(() => undefined);
  };
  window.addEventListener('focus', check);
  setInterval(check, hourMs);
}

/**
 * Offers a new version instead of reloading under someone's typing: the new service
 * worker waits until the person says so, and every editor is saved first.
 */
export function UpdatePrompt() {
  const { pendingSaves } = useAppServices();
  const [updating, setUpdating] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      if (registration) watchForUpdates(registration);
    },
    onRegisterError: (error: unknown) => console.error('Offline support could not start', error),
  });
  if (!needRefresh) return null;

  const update = async () => {
    setUpdating(true);
    await pendingSaves.flushAll();
    await updateServiceWorker(true);
  };
  return (
    <div role="alert" className="update-prompt">
      <p>A new version of Triangulate is ready. Your notes are saved on this device.</p>
      <button type="button" onClick={() => void update()} disabled={updating}>
        {updating ? 'Updating…' : 'Update now'}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)} disabled={updating}>
        Later
      </button>
    </div>
  );
}
