import { createContext, useContext, useEffect, useId } from 'react';
import type { StoreError } from '../store/storeError';

/**
 * How a screen tells the app that saving on this device failed (or works again), so an
 * app-level banner can say "this device is full" whatever screen the person is on.
 * Each reporter has its own key: the banner shows while any of them is failing.
 */
export type StoreErrorReporter = (source: string, error: StoreError | null) => void;

export const StoreErrorReporterContext = createContext<StoreErrorReporter | null>(null);

/** Reports this component's current save error; clears it when the component goes away. */
export function useReportStoreError(error: StoreError | null): void {
  const report = useContext(StoreErrorReporterContext);
  const source = useId();
  useEffect(() => {
    report?.(source, error);
  }, [report, source, error]);
  useEffect(() => () => report?.(source, null), [report, source]);
}
