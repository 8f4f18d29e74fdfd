import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import type { TriangulateDb } from '../../src/client/store/db';
import type { DeviceIdentity } from '../../src/client/store/deviceIdentity';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId } from '../unit/storeFixtures';

/** A StorageManager whose answers the test picks. */
export function fakeStorage(answers: { usage: number; quota: number; persist: boolean }) {
  const storage = {
    estimate: vi.fn(() => Promise.resolve({ usage: answers.usage, quota: answers.quota })),
    persist: vi.fn(() => Promise.resolve(answers.persist)),
    persisted: vi.fn(() => Promise.resolve(false)),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

/** Renders `children` as a screen of the test engagement, on the given path. */
export function renderInEngagement(
  db: TriangulateDb,
  identity: DeviceIdentity,
  children: ReactNode,
  path = `/engagements/${engagementId}/settings`,
) {
  const api = createApiClient('http://127.0.0.1:1');
  const pendingSaves = new PendingSaves();
  const queryClient = new QueryClient();
  render(
    <AppServicesContext.Provider value={{ db, api, teamApi: createTeamApiClient('http://127.0.0.1:1'), pendingSaves }}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <EngagementContext.Provider value={{ identity, syncEngine: new SyncEngine(db, api, engagementId) }}>
            {children}
          </EngagementContext.Provider>
        </MemoryRouter>
      </QueryClientProvider>
    </AppServicesContext.Provider>,
  );
  return { pendingSaves };
}
