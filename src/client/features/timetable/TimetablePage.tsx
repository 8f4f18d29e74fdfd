import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useAppServices } from '../../app/appServices';
import { useEngagementContext } from '../../app/engagementContext';
import { getEngagement, listSessions } from '../../store/engagementQueries';
import { formatSessionTime } from '../../ui/formatTime';

/** The engagement's timetable: every session, in order, each opening its notes. */
export function TimetablePage() {
  const { db } = useAppServices();
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const engagement = useLiveQuery(() => getEngagement(db, engagementId), [db, engagementId]);
  const sessions = useLiveQuery(() => listSessions(db, engagementId), [db, engagementId]);

  if (!engagement) {
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
        {engagement.council}, on site {engagement.onSiteFrom} to {engagement.onSiteTo}
      </p>
      <h2 id="timetable-heading">Timetable</h2>
      <ul className="link-list" aria-labelledby="timetable-heading">
        {(sessions ?? []).map((session) => (
          <li key={session.id}>
            <Link to={`sessions/${session.id}`}>{session.title}</Link>
            <span className="muted">
              {' '}
              {formatSessionTime(session.startsAt)} · {session.kind}
              {session.location ? ` · ${session.location}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
