import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppServicesContext, type AppServices } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import type { TriangulateDb } from '../../src/client/store/db';
import { getDeviceIdentity } from '../../src/client/store/deviceIdentityRepository';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId, session } from '../unit/storeFixtures';

const base = { engagementId, rev: 1, updatedAt: '2026-11-23T08:00:00.000Z', deleted: false, conflicts: [] };

export const themes = [
  { ...base, id: 'a1a1a1a1-0000-4000-8000-000000000001', name: 'Vision, strategy and leadership', position: 0 },
  { ...base, id: 'a1a1a1a1-0000-4000-8000-000000000002', name: 'Working together', position: 1 },
  { ...base, id: 'a1a1a1a1-0000-4000-8000-000000000003', name: 'Commissioning', position: 2 },
];
export const scopeQuestions = [
  {
    ...base,
    id: 'b2b2b2b2-0000-4000-8000-000000000001',
    text: 'Do assessments offer real alternatives to care homes?',
    position: 0,
  },
  { ...base, id: 'b2b2b2b2-0000-4000-8000-000000000002', text: 'Is the front door working?', position: 1 },
];
export const otherMemberId = 'c3c3c3c3-0000-4000-8000-000000000001';

/** The engagement's themes, scope questions, the test session and a teammate on this device. */
export async function seedEngagement(db: TriangulateDb): Promise<void> {
  await db.theme.bulkPut(themes);
  await db.scopeQuestion.bulkPut(scopeQuestions);
  await db.session.put(session);
  await db.member.put({ ...base, id: otherMemberId, displayName: 'Sam Jones', role: 'peer', position: 'officer peer' });
}

export function services(db: TriangulateDb): AppServices {
  return {
    db,
    api: createApiClient('http://127.0.0.1:1'),
    teamApi: createTeamApiClient('http://127.0.0.1:1'),
    pendingSaves: new PendingSaves(),
  };
}

export function renderWithServices(db: TriangulateDb, ui: ReactNode) {
  return render(<AppServicesContext.Provider value={services(db)}>{ui}</AppServicesContext.Provider>);
}

/** The session page as this device's member, routed as the app routes it. */
export async function renderSessionPage(db: TriangulateDb, page: ReactNode, at = `/sessions/${session.id}`) {
  const identity = await getDeviceIdentity(db, engagementId);
  if (!identity) throw new Error('not joined');
  const app = services(db);
  const syncEngine = new SyncEngine(db, app.api, engagementId);
  return render(
    <AppServicesContext.Provider value={app}>
      <EngagementContext.Provider value={{ identity, syncEngine }}>
        <MemoryRouter initialEntries={[at]}>
          <Routes>
            <Route path="/sessions/:sessionId" element={page} />
          </Routes>
        </MemoryRouter>
      </EngagementContext.Provider>
    </AppServicesContext.Provider>,
  );
}

/** jsdom has no object URLs: thumbnails get a stand-in. */
export function stubObjectUrls(): void {
  Object.assign(URL, { createObjectURL: () => `blob:test-${crypto.randomUUID()}`, revokeObjectURL: () => undefined });
}
