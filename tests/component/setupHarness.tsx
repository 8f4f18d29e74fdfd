import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppServicesContext } from '../../src/client/services/appServices';
import { EngagementContext } from '../../src/client/services/engagementContext';
import { PendingSaves } from '../../src/client/services/pendingSaves';
import type { TriangulateDb } from '../../src/client/store/db';
import { getDeviceIdentity } from '../../src/client/store/deviceIdentityRepository';
import type { MemberRole } from '../../src/domain/records/member';
import type { Session } from '../../src/domain/records/session';
import { createApiClient } from '../../src/client/sync/apiClient';
import { SyncEngine } from '../../src/client/sync/syncEngine';
import { createTeamApiClient } from '../../src/client/sync/teamApiClient';
import { engagementId, joinedDb, session } from '../unit/storeFixtures';

/** Members of the test engagement: the two peers the session editor offers. */
export const peers = [
  { id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', displayName: 'David Okafor', position: 'lead peer' as const },
  { id: '8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e', displayName: 'Sian Morgan', position: 'officer peer' as const },
];

/** A joined database holding the engagement, two peers and, if given, sessions. */
export async function engagementDb(sessions: Session[] = []): Promise<TriangulateDb> {
  const db = await joinedDb();
  const base = { engagementId, rev: 1, updatedAt: '2026-11-20T08:00:00.000Z', deleted: false, conflicts: [] };
  await db.engagement.put({
    ...base,
    id: engagementId,
    council: 'Borsetshire County Council',
    title: 'Adult social care peer challenge',
    onSiteFrom: '2026-11-23',
    onSiteTo: '2026-11-26',
    rolesToCheck: [],
  });
  for (const peer of peers) await db.member.put({ ...base, ...peer, role: 'peer' });
  await db.member.put({
    ...base,
    id: '9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f',
    displayName: 'Jo Council',
    role: 'council',
    position: 'council contact',
  });
  for (const one of sessions) await db.session.put(one);
  return db;
}

/** A session of the fixture engagement at the given UTC times. */
export function sessionAt(id: string, title: string, startsAt: string, endsAt: string): Session {
  return { ...session, id, title, startsAt, endsAt };
}

/** Renders `element` at `path` (matched by `route`) inside the engagement, as `role`. */
export async function renderInEngagement(
  db: TriangulateDb,
  element: ReactNode,
  options: {
    role?: MemberRole;
    route?: string;
    path?: string;
    /** Further screens the journey may go to, by route. */
    otherRoutes?: { route: string; element: ReactNode }[];
  } = {},
) {
  const joined = await getDeviceIdentity(db, engagementId);
  if (!joined) throw new Error('not joined');
  const identity = { ...joined, role: options.role ?? 'manager' };
  const api = createApiClient('http://127.0.0.1:1');
  const services = { db, api, teamApi: createTeamApiClient('http://127.0.0.1:1'), pendingSaves: new PendingSaves() };
  const route = options.route ?? '/engagements/:engagementId/page';
  const path = options.path ?? `/engagements/${engagementId}/page`;
  return render(
    <AppServicesContext.Provider value={services}>
      <EngagementContext.Provider value={{ identity, syncEngine: new SyncEngine(db, api, engagementId) }}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={element} />
            {(options.otherRoutes ?? []).map((other) => (
              <Route key={other.route} path={other.route} element={other.element} />
            ))}
            <Route path="*" element={<p>Elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </EngagementContext.Provider>
    </AppServicesContext.Provider>,
  );
}
