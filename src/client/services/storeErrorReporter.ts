import { createContext, useCallback, useContext, useEffect, useEffectEvent, useId } from 'react';
import type { StoreError } from '../store/storeError';

/**
 * How a screen tells the app that saving on this device failed (or works again), so an
 * app-level banner can say "this device is full" whatever screen the person is on.
 * Each reporter has its own key: the banner shows while any of them is failing.
 *
 * A save that succeeds anywhere means there is room again, so `saved` asks every failing
 * reporter to try again (an editor writes its unsaved text; a one-off action such as
 * "New note" just drops its error, as there is nothing left to write).
 */
export type StoreErrorReporter = {
  report: (source: string, error: StoreError | null, whenRoomAgain: () => void) => void;
  saved: () => void;
};

export const StoreErrorReporterContext = createContext<StoreErrorReporter | null>(null);

/**
 * Reports this component's current save error; clears it when the component goes away.
 * `whenRoomAgain` runs when a save elsewhere succeeds while this error stands.
 */
export function useReportStoreError(error: StoreError | null, whenRoomAgain: () => void = () => {}): void {
  const reporter = useContext(StoreErrorReporterContext);
  const source = useId();
  // The latest callback, without reporting again each time the caller renders a new one.
  const roomAgain = useEffectEvent(whenRoomAgain);
  useEffect(() => {
    reporter?.report(source, error, () => roomAgain());
  }, [reporter, source, error]);
  useEffect(() => () => reporter?.report(source, null, () => {}), [reporter, source]);
}

/** Call after any save that reached IndexedDB: the device has room again. */
export function useStoreSaved(): () => void {
  const reporter = useContext(StoreErrorReporterContext);
  return useCallback(() => reporter?.saved(), [reporter]);
}
