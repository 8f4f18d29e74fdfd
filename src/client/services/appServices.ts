import { createContext, useContext } from 'react';
import type { ReadAtStart } from './readAtStart';
import type { TriangulateDb } from '../store/db';
import type { ApiClient } from '../sync/apiClient';
import type { TeamApiClient } from '../sync/teamApiClient';
import type { PendingSaves } from './pendingSaves';

/** What every screen needs, made once as the app starts (main.tsx, startApp.tsx) and handed down (no module singletons). */
export type AppServices = {
  db: TriangulateDb;
  api: ApiClient;
  teamApi: TeamApiClient;
  pendingSaves: PendingSaves;
  /** What the app read as it started (startApp.tsx); none in tests. */
  readAtStart?: ReadAtStart;
};

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices needs <AppServicesContext.Provider>');
  return services;
}
