import { Link } from 'react-router';
import { useEngagementContext } from '../../services/engagementContext';
import { formatDateRange } from '../../ui/formatTime';
import { TodaySessions } from './TodaySessions';
import { useClock } from './useClock';
import { useTimetable } from './useTimetable';

const systemClock = () => new Date();

/** Where an engagement opens: today's sessions first, then the way to the full timetable. */
export function EngagementHomePage({ now = systemClock }: { now?: () => Date }) {
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const { data, peerNamesOf } = useTimetable(engagementId);
  const time = useClock(now);
  const engagement = data?.engagement;
  if (!data || !engagement) {
    return (
      <main>
        <h1>Loading the engagement</h1>
        <p role="status">Fetching the timetable from the server…</p>
      </main>
    );
  }
  return (
    <main>
      <h1>{engagement.title}</h1>
      <p>
        {engagement.council}, on site {formatDateRange(engagement.onSiteFrom, engagement.onSiteTo)}
      </p>
      <h2 id="today-heading">Today</h2>
      <TodaySessions sessions={data.sessions} engagementId={engagementId} now={time} peerNamesOf={peerNamesOf} />
      <p>
        <Link to={`/engagements/${engagementId}/timetable`}>Full timetable</Link>
      </p>
      <p>
        <Link to="/engagements">Other engagements on this device</Link>
      </p>
    </main>
  );
}
