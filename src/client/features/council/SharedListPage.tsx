import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { Engagement } from '../../../domain/records/engagement';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';
import { listPublishedSnapshots } from '../../store/accuracyCommentRepository';
import { formatDateRange } from '../../ui/formatTime';
import { snapshotDescription } from './snapshotWords';

/**
 * The council's start screen: which engagement this is (once its record has arrived), then
 * what the review team has published to it, newest first.
 */
export function SharedListPage({ engagement }: { engagement: Engagement | undefined }) {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const snapshots = useLiveQuery(() => listPublishedSnapshots(db, identity.engagementId), [db, identity.engagementId]);
  return (
    <main>
      <h1>Shared with you</h1>
      {engagement ? (
        <p>
          {engagement.council}: {engagement.title}, on site{' '}
          {formatDateRange(engagement.onSiteFrom, engagement.onSiteTo)}
        </p>
      ) : null}
      {snapshots === undefined ? (
        <p role="status">Opening…</p>
      ) : snapshots.length === 0 ? (
        <p>Nothing has been shared with you yet. The review team’s presentation and letter will appear here.</p>
      ) : (
        <>
          <p>Read what the review team has shared and tell them of any factual inaccuracy.</p>
          <ul className="link-list">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <Link to={`/engagements/${identity.engagementId}/shared/${snapshot.id}`}>{snapshot.title}</Link>
                <span className="muted"> {snapshotDescription(snapshot)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
