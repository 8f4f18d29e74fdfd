import { liveRead } from '../store/liveRead';
import { useObservable, type InteropableObservable } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useAppServices } from './appServices';
import { afterStart, startIsOver } from './afterStart';

/** An observable that never answers: the read's value stays the one given until the start is over. */
const notYet: InteropableObservable<never> = { subscribe: () => ({ unsubscribe: () => undefined }) };

/**
 * useLiveQuery for what the screen can draw without at first (or draws from what the app
 * remembered or read as it started): while the app is starting the read is not made and
 * `initial` stands; once the start is over (afterStart.ts) it is a live read as any other.
 * With `hold` false it is one at once (nothing to draw with meanwhile).
 */
export function useLiveQueryAfterStart<T, I = undefined>(
  read: () => Promise<T> | T,
  deps: readonly unknown[],
  initial: I,
  hold = true,
): T | I {
  const { db } = useAppServices();
  const [over, setOver] = useState(() => startIsOver(db));
  useEffect(() => {
    if (over) return;
    let current = true;
    void afterStart(db).then(() => current && setOver(true));
    return () => void (current = false);
  }, [db, over]);
  const live = over || !hold;
  return useObservable<T, I>(() => (live ? liveRead(read) : notYet), [live, ...deps], initial);
}
