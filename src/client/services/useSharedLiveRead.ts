import { useSyncExternalStore } from 'react';
import type { SharedLiveRead } from '../store/sharedLiveRead';

/**
 * The latest answer of a shared live read, undefined until its first (as `useLiveQuery`);
 * an error its read threw is thrown here, for the screen's error boundary.
 */
export function useSharedLiveRead<T>(read: SharedLiveRead<T>): T | undefined {
  const latest = useSyncExternalStore(read.subscribe, read.latest);
  if (latest && 'error' in latest) throw latest.error;
  return latest?.value;
}
