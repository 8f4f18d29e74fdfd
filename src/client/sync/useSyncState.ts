import { useSyncExternalStore } from 'react';
import type { SyncEngine } from './syncEngine';
import type { SyncState } from './syncState';

/** The engine's state as React state. */
export function useSyncState(engine: Pick<SyncEngine, 'subscribe' | 'getState'>): SyncState {
  return useSyncExternalStore(engine.subscribe, engine.getState);
}
