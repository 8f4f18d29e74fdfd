import { createContext, useContext } from 'react';
import type { DeviceIdentity } from '../store/deviceIdentity';
import type { SyncEngine } from '../sync/syncEngine';

/** The engagement this screen belongs to: who this device is in it and its sync engine. */
export type EngagementContextValue = {
  identity: DeviceIdentity;
  syncEngine: SyncEngine;
};

export const EngagementContext = createContext<EngagementContextValue | null>(null);

export function useEngagementContext(): EngagementContextValue {
  const value = useContext(EngagementContext);
  if (!value) throw new Error('useEngagementContext needs <EngagementShell>');
  return value;
}
