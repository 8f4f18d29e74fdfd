import { useLiveQueryAfterStart } from '../services/useLiveQueryAfterStart';
import { useEffect, useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { getDeviceIdentity } from '../store/deviceIdentityRepository';
import { forgetMember, readRememberedMember, rememberMember } from '../store/rememberedMember';
import { getEngagement } from '../store/engagementQueries';
import { SyncEngine } from '../sync/syncEngine';
import { useAppServices } from '../services/appServices';
import { afterStart } from '../services/afterStart';
import { EngagementContext, type EngagementContextValue } from '../services/engagementContext';
import { NoteIndexContext } from '../services/noteIndexContext';
import { NoteIndexHandle } from '../services/noteIndexHandle';
import { CouncilScreens } from './CouncilScreens';
import { EngagementNav } from './EngagementNav';
import { RefusedChanges } from './RefusedChanges';
import { SyncStatus } from './SyncStatus';

/** The frame around every screen of one engagement: its identity, sync engine and status. */
export function EngagementShell() {
  const { engagementId = '' } = useParams();
  const { db, api } = useAppServices();
  // Until IndexedDB answers, the copy remembered at the last start draws the screen; with
  // one, the read begins once the app's start is over (afterStart.ts).
  const remembered = useMemo(() => readRememberedMember(engagementId), [engagementId]);
  const identity = useLiveQueryAfterStart(
    () => getDeviceIdentity(db, engagementId),
    [db, engagementId],
    null,
    remembered !== undefined,
  );
  useEffect(() => {
    if (identity) rememberMember(identity);
    else if (identity === undefined) forgetMember(engagementId);
  }, [identity, engagementId]);
  const member = identity === null ? remembered : identity;
  const engagement = useLiveQueryAfterStart(() => getEngagement(db, engagementId), [db, engagementId], undefined);
  const joined = identity !== null && identity !== undefined;
  const syncEngine = useMemo(() => new SyncEngine(db, api, engagementId), [db, api, engagementId]);
  useEffect(() => (joined ? syncEngine.start() : undefined), [joined, syncEngine]);
  // The note search index builds in the background from start (noteIndexHandle.ts).
  const noteIndex = useMemo(() => new NoteIndexHandle(db, engagementId), [db, engagementId]);
  // A council device holds no notes: it has no index to build. The member remembered at
  // the last start says so before IndexedDB answers, so the build need not wait for it.
  const indexesNotes = member !== undefined && member !== null && member.role !== 'council';
  // Its build is asked for once the app's start is over: what the person asked for at once goes first.
  useEffect(() => {
    if (!indexesNotes) return;
    let stop: (() => void) | undefined;
    let current = true;
    void afterStart(db).then(() => current && (stop = noteIndex.start()));
    return () => {
      current = false;
      stop?.();
    };
  }, [db, indexesNotes, noteIndex]);
  // One context value while who this device is stays the same: the identity record also
  // changes with each outbox number, and screens need not render again for that.
  const { memberId, role, displayName, storagePersisted } = member ?? {};
  const context = useMemo<EngagementContextValue | null>(
    () =>
      memberId !== undefined && role !== undefined && displayName !== undefined && storagePersisted !== undefined
        ? { identity: { engagementId, memberId, role, displayName, storagePersisted }, syncEngine }
        : null,
    [engagementId, memberId, role, displayName, storagePersisted, syncEngine],
  );

  if (identity === undefined) {
    return (
      <main>
        <h1>Not joined on this device</h1>
        <p>Open the join link your challenge manager sent you to use this engagement here.</p>
      </main>
    );
  }
  if (!context) return <p role="status">Opening…</p>;
  const { identity: me } = context;
  if (me.role === 'council') {
    return (
      <EngagementContext.Provider value={context}>
        <CouncilScreens engagementId={engagementId} engagement={engagement} syncEngine={syncEngine} />
      </EngagementContext.Provider>
    );
  }
  return (
    <EngagementContext.Provider value={context}>
      <NoteIndexContext.Provider value={noteIndex}>
        <header className="app-header">
          <Link to={`/engagements/${engagementId}`} className="app-header__title">
            {engagement ? `${engagement.council}` : 'Triangulate'}
          </Link>
          <EngagementNav engagementId={engagementId} role={me.role} />
          <SyncStatus engine={syncEngine} />
        </header>
        <RefusedChanges engagementId={engagementId} />
        <Outlet />
      </NoteIndexContext.Provider>
    </EngagementContext.Provider>
  );
}
