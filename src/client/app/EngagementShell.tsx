import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { getDeviceIdentity } from '../store/deviceIdentityRepository';
import { getEngagement } from '../store/engagementQueries';
import { SyncEngine } from '../sync/syncEngine';
import { useAppServices } from './appServices';
import { EngagementContext } from './engagementContext';
import { NoteIndexContext } from './noteIndexContext';
import { NoteIndexHandle } from './noteIndexHandle';
import { SyncStatus } from './SyncStatus';

/** The frame around every screen of one engagement: its identity, sync engine and status. */
export function EngagementShell() {
  const { engagementId = '' } = useParams();
  const { db, api } = useAppServices();
  const identity = useLiveQuery(() => getDeviceIdentity(db, engagementId), [db, engagementId], null);
  const engagement = useLiveQuery(() => getEngagement(db, engagementId), [db, engagementId]);
  const joined = identity !== null && identity !== undefined;
  const syncEngine = useMemo(() => new SyncEngine(db, api, engagementId), [db, api, engagementId]);
  useEffect(() => (joined ? syncEngine.start() : undefined), [joined, syncEngine]);
  // The note search index builds in the background from start (a second in, when idle).
  const noteIndex = useMemo(() => new NoteIndexHandle(db, engagementId), [db, engagementId]);
  useEffect(() => (joined ? noteIndex.start() : undefined), [joined, noteIndex]);

  if (identity === null) return <p role="status">Opening…</p>;
  if (identity === undefined) {
    return (
      <main>
        <h1>Not joined on this device</h1>
        <p>Open the join link your challenge manager sent you to use this engagement here.</p>
      </main>
    );
  }
  return (
    <EngagementContext.Provider value={{ identity, syncEngine }}>
    <NoteIndexContext.Provider value={noteIndex}>
      <header className="app-header">
        <Link to={`/engagements/${engagementId}`} className="app-header__title">
          {engagement ? `${engagement.council}` : 'Triangulate'}
        </Link>
        <nav aria-label="Engagement" className="app-header__nav">
          <Link to={`/engagements/${engagementId}/today`}>Today</Link>
          <Link to={`/engagements/${engagementId}/timetable`}>Timetable</Link>
          {identity.role === 'manager' ? <Link to={`/engagements/${engagementId}/setup`}>Setup</Link> : null}
          {identity.role === 'manager' ? <Link to={`/engagements/${engagementId}/team`}>Team</Link> : null}
          <Link to={`/engagements/${engagementId}/settings`}>Settings</Link>
          <Link to={`/engagements/${engagementId}/search`}>Search</Link>
        </nav>
        <SyncStatus engine={syncEngine} />
      </header>
      <Outlet />
    </NoteIndexContext.Provider>
    </EngagementContext.Provider>
  );
}
