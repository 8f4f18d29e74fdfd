import { useCallback, useState } from 'react';
import { useReportStoreError, useStoreSaved } from '../../services/storeErrorReporter';
import { StoreError, toStoreError } from '../../store/storeError';

/**
 * Runs the board's changes one at a time from the screen's point of view: what happened
 * goes to a status line, what was refused (or failed to save) to an alert.
 */
export function useBoardActions() {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<StoreError | null>(null);
  const saved = useStoreSaved();
  // A full device is the app's banner's business; a refusal is this screen's.
  useReportStoreError(error?.code === 'storage_full' ? error : null, () => setError(null));
  const run = useCallback(
    async (change: () => Promise<unknown>, done: string): Promise<boolean> => {
      try {
        await change();
        setError(null);
        setMessage(done);
        saved();
        return true;
      } catch (caught) {
        setError(toStoreError(caught));
        return false;
      }
    },
    [saved],
  );
  return { run, message, error, clearError: () => setError(null) };
}
