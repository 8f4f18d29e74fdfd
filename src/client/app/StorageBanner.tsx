import { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { StoreError } from '../store/storeError';
import { isJoinedState } from '../services/joinedState';
import { StoreErrorReporterContext, type StoreErrorReporter } from '../services/storeErrorReporter';

// Rare (a full disk), and it brings the backup download: it loads when needed (precached offline).
const StorageFullBanner = lazy(() => import('./StorageFullBanner').then((m) => ({ default: m.StorageFullBanner })));
// Shown once, right after joining.
const StorageBannerAfterJoin = lazy(() =>
  import('./StorageBannerAfterJoin').then((m) => ({ default: m.StorageBannerAfterJoin })),
);

/**
 * Collects save failures from every screen and, while any save fails because the device
 * is full, says so above everything with a way out: a backup of what is on the device.
 * A full disk aborts the whole transaction, so nothing half-saved needs explaining.
 */
export function StorageBannerProvider({ children }: { children: ReactNode }) {
  const [failing, setFailing] = useState<ReadonlyMap<string, StoreError>>(new Map());
  const retries = useRef(new Map<string, () => void>());
  const reporter = useMemo<StoreErrorReporter>(
    () => ({
      report: (source, error, whenRoomAgain) => {
        if (error) retries.current.set(source, whenRoomAgain);
        else retries.current.delete(source);
        setFailing((current) => {
          if (!error && !current.has(source)) return current;
          const next = new Map(current);
          if (error) next.set(source, error);
          else next.delete(source);
          return next;
        });
      },
      saved: () => {
        for (const retry of [...retries.current.values()]) retry();
      },
    }),
    [],
  );
  const justJoined = isJoinedState(useLocation().state);
  const full = [...failing.values()].some((error) => error.code === 'storage_full');
  return (
    <StoreErrorReporterContext.Provider value={reporter}>
      {full ? (
        <Suspense fallback={null}>
          <StorageFullBanner />
        </Suspense>
      ) : null}
      {justJoined ? (
        <Suspense fallback={null}>
          <StorageBannerAfterJoin />
        </Suspense>
      ) : null}
      {children}
    </StoreErrorReporterContext.Provider>
  );
}
