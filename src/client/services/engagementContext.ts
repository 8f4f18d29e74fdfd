import { createContext, useContext } from 'react';
import type { EngagementMember } from '../store/rememberedMember';
import type { SyncEngine } from '../sync/syncEngine';

/** The engagement this screen belongs to: who this device is in it and its sync engine. */
export type EngagementContextValue = {
  /** Who this device is here (the token stays with the sync engine). */
  identity: EngagementMember;
  syncEngine: SyncEngine;
};

export const EngagementContext = createContext<EngagementContextValue | null>(null);

export function useEngagementContext(): EngagementContextValue {
  const value = useContext(EngagementContext);
  if (!value) throw new Error('useEngagementContext needs <EngagementShell>');
  return value;
}
