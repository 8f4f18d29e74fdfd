import { useLiveQuery } from 'dexie-react-hooks';
import { Link, Navigate, useLocation } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { listJoinedEngagements, type JoinedEngagement } from '../../store/joinedEngagements';
import { formatDateRange, ukDateOf } from '../../ui/formatTime';

const systemClock = () => new Date();

/**
 * Where the installed app opens (start_url "/") goes straight into the engagement: the
 * only one this device has joined, else the only one on site today. /engagements always
 * lists them.
 */
function engagementToOpen(joined: readonly JoinedEngagement[], now: Date): string | undefined {
  if (joined.length === 1) return joined[0]?.member.engagementId;
  const today = ukDateOf(now);
  const onSite = joined.filter(
    ({ engagement }) => engagement && engagement.onSiteFrom <= today && today <= engagement.onSiteTo,
  );
  return onSite.length === 1 ? onSite[0]?.member.engagementId : undefined;
}

function EngagementLink({ member, engagement }: JoinedEngagement) {
  return (
    <Link to={`/engagements/${member.engagementId}`}>
      {engagement ? (
        <span>
          {engagement.council}: {engagement.title}{' '}
          <span className="home-engagement__dates">
            on site {formatDateRange(engagement.onSiteFrom, engagement.onSiteTo)}, as {member.displayName}
          </span>
        </span>
      ) : (
        `Engagement joined as ${member.displayName}`
      )}
    </Link>
  );
}

/** The start screen: the engagement this device is in, or the list of them, or how to join one. */
export function HomePage({ now = systemClock }: { now?: () => Date }) {
  const { db } = useAppServices();
  const { pathname } = useLocation();
  const joined = useLiveQuery(() => listJoinedEngagements(db), [db]);
  const open = joined && pathname === '/' ? engagementToOpen(joined, now()) : undefined;
  if (open) return <Navigate to={`/engagements/${open}`} replace />;
  return (
    <main>
      <h1>Triangulate</h1>
      {joined && joined.length > 0 ? (
        <nav aria-label="Your engagements">
          <ul className="link-list">
            {joined.map((one) => (
              <li key={one.member.engagementId}>
                <EngagementLink {...one} />
              </li>
            ))}
          </ul>
        </nav>
      ) : joined ? (
        <p>Open the join link your challenge manager sent you. After that this app works without signal.</p>
      ) : null}
      {joined ? (
        <p>
          <Link to="/join">Join with a link</Link>
        </p>
      ) : null}
    </main>
  );
}
