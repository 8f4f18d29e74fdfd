import { Link } from 'react-router';
import type { Session } from '../../../domain/records/session';
import { formatTimeRange } from './localTime';

/**
 * One session in a list: its title opens its notes. The attendee names are never shown
 * here; the count and the groups are enough to plan with. A cancelled one says so and
 * still opens: its notes stay reachable.
 */
export function SessionSummary({
  session,
  engagementId,
  peerNames,
}: {
  session: Session;
  engagementId: string;
  peerNames: string[];
}) {
  const groups = session.stakeholderGroups.map((group) =>
    group === 'other' && session.otherStakeholderGroup ? session.otherStakeholderGroup : group,
  );
  return (
    <>
      {session.cancelled ? <strong className="session-cancelled">Cancelled: </strong> : null}
      <Link to={`/engagements/${engagementId}/sessions/${session.id}`}>{session.title}</Link>
      <span className="muted">
        {' '}
        {formatTimeRange(session.startsAt, session.endsAt)} · {session.kind}
        {session.location ? ` · ${session.location}` : ''}
        {groups.length > 0 ? ` · ${groups.join(', ')}` : ''}
        {peerNames.length > 0 ? ` · notes: ${peerNames.join(', ')}` : ''}
        {session.attendeeCount !== null ? ` · ${session.attendeeCount} attending` : ''}
      </span>
    </>
  );
}
