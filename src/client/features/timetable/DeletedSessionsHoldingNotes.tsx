import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useAppServices } from '../../services/appServices';
import { listDeletedSessionsHoldingNotes } from '../../store/engagementQueries';
import { restoreSession } from '../../store/sessionRepository';
import { formatTimeRange } from './localTime';

/**
 * Deleted sessions that still hold notes: a note written offline in a session the
 * manager deleted arrives by sync and is found here (docs/architecture.md, "Nothing
 * unreachable"). The manager may put the session back on the timetable.
 */
export function DeletedSessionsHoldingNotes({ engagementId, manager }: { engagementId: string; manager: boolean }) {
  const { db } = useAppServices();
  const sessions = useLiveQuery(() => listDeletedSessionsHoldingNotes(db, engagementId), [db, engagementId]) ?? [];
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby="deleted-sessions-heading">
      <h2 id="deleted-sessions-heading">Deleted sessions that still hold notes</h2>
      <p className="muted">Notes reached this device for sessions deleted from the timetable: they are kept here.</p>
      <ul className="link-list">
        {sessions.map((session) => (
          <li key={session.id}>
            <Link to={`/engagements/${engagementId}/sessions/${session.id}`}>{session.title}</Link>
            <span className="muted"> {formatTimeRange(session.startsAt, session.endsAt)}</span>
            {manager ? (
              <>
                {' '}
                <button type="button" onClick={() => void restoreSession(db, engagementId, session.id)}>
                  Restore <span className="visually-hidden">{session.title}</span> to the timetable
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
