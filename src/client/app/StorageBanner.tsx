import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useMatch } from 'react-router';
import type { StoreError } from '../store/storeError';
import { BackupDownloadButton } from '../services/BackupDownloadButton';
import { StorageBannerAfterJoin } from './StorageBannerAfterJoin';
import { StoreErrorReporterContext, type StoreErrorReporter } from '../services/storeErrorReporter';

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
  const full = [...failing.values()].some((error) => error.code === 'storage_full');
  return (
    <StoreErrorReporterContext.Provider value={reporter}>
      {full ? <StorageFullBanner /> : null}
      <StorageBannerAfterJoin />
      {children}
    </StoreErrorReporterContext.Provider>
  );
}

function StorageFullBanner() {
  const match = useMatch('/engagements/:engagementId/*');
  const engagementId = match?.params.engagementId;
  return (
    <div role="alert" className="app-banner app-banner--problem">
      <p>
        <strong>This device is full.</strong> Your latest typing is still on screen but could not be saved on this
        device. Download a backup now, then free some space (delete photos, videos or apps you do not need) and keep
        typing: it saves again as soon as there is room.
      </p>
      {engagementId ? <BackupDownloadButton engagementId={engagementId} /> : null}
    </div>
  );
}
