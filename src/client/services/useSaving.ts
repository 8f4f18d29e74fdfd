import { useCallback, useState } from 'react';
import { useReportStoreError, useStoreSaved } from './storeErrorReporter';
import { toStoreError, type StoreError } from '../store/storeError';

/**
 * Runs one save at a time's worth of bookkeeping: the last failure is shown as state (and
 * reported, so a full device raises the app's banner), a success clears it.
 */
export function useSaving() {
  const [error, setError] = useState<StoreError | null>(null);
  useReportStoreError(error, () => setError(null));
  const saved = useStoreSaved();
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        setError(null);
        saved();
        return true;
      } catch (caught) {
        setError(toStoreError(caught));
        return false;
      }
    },
    [saved],
  );
  return { run, error };
}

export type RunSave = ReturnType<typeof useSaving>['run'];
