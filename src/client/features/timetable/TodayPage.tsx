import { Link } from 'react-router';
import { useEngagementContext } from '../../services/engagementContext';
import { formatLongDay } from '../../ui/formatTime';
import { TodaySessions } from './TodaySessions';
import { TodayStillToCover } from './TodayStillToCover';
import { useClock } from './useClock';
import { useTimetable } from './useTimetable';

const systemClock = () => new Date();

/** Today on site, from IndexedDB alone so it opens with no signal; `now` is injectable for tests. */
export function TodayPage({ now = systemClock }: { now?: () => Date }) {
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const { data, peerNamesOf } = useTimetable(engagementId);
  const time = useClock(now);
  return (
    <main>
      <h1>Today</h1>
      <p className="muted">{formatLongDay(time)}</p>
      {data ? (
        <TodaySessions sessions={data.sessions} engagementId={engagementId} now={time} peerNamesOf={peerNamesOf} />
      ) : (
        <p role="status">Opening the timetable…</p>
      )}
      <TodayStillToCover engagementId={engagementId} />
      <p>
        <Link to={`/engagements/${engagementId}/timetable`}>Full timetable</Link>
      </p>
    </main>
  );
}
