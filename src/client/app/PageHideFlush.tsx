import { useEffect } from 'react';
import { useAppServices } from '../services/appServices';

/** Saves every editor at once when the tab is hidden or unloaded: tablets kill background tabs. */
export function PageHideFlush() {
  const { pendingSaves } = useAppServices();
  useEffect(() => {
    const flush = () => void pendingSaves.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [pendingSaves]);
  return null;
}
