import { lazy } from 'react';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import type { Engagement } from '../../domain/records/engagement';
import type { SyncEngine } from '../sync/syncEngine';
import { RefusedChanges } from './RefusedChanges';
import { SyncStatus } from './SyncStatus';

const SharedListPage = lazy(() =>
  import('../features/council/SharedListPage').then((m) => ({ default: m.SharedListPage })),
);
const NotForCouncil = lazy(() =>
  import('../features/council/NotForCouncil').then((m) => ({ default: m.NotForCouncil })),
);

/** The only addresses a council device opens inside an engagement, besides its list at the engagement's own. */
const councilRoutes = ['/engagements/:engagementId/shared/:snapshotId'];

/**
 * A council device's whole frame: what the team published and the council's comments on
 * it. None of the team's screens or links render here, whatever address is typed: the
 * engagement's own address is the council's list, and any team address says it is not
 * for the council (the server refuses the team's records to a council token anyway).
 */
export function CouncilScreens({
  engagementId,
  engagement,
  syncEngine,
}: {
  engagementId: string;
  /** Undefined until the first pull brings it: the screens then say "Triangulate" alone. */
  engagement: Engagement | undefined;
  syncEngine: SyncEngine;
}) {
  const { pathname } = useLocation();
  const home = `/engagements/${engagementId}`;
  const screen =
    pathname === home || pathname === `${home}/` ? (
      <SharedListPage engagement={engagement} />
    ) : councilRoutes.some((route) => matchPath(route, pathname)) ? (
      <Outlet />
    ) : (
      <NotForCouncil engagementId={engagementId} />
    );
  return (
    <>
      <header className="app-header">
        <Link to={home} className="app-header__title">
          {engagement ? engagement.council : 'Triangulate'}
        </Link>
        <nav aria-label="Council" className="app-header__nav">
          <Link to={home}>Shared with you</Link>
        </nav>
        <SyncStatus engine={syncEngine} />
      </header>
      <RefusedChanges engagementId={engagementId} />
      {screen}
    </>
  );
}
