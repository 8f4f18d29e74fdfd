import { Link } from 'react-router';
import type { Session } from '../../../domain/records/session';
import { useEngagementContext } from '../../services/engagementContext';
import { formatDateRange } from '../../ui/formatTime';
import { formatDay, localDateOf } from './localTime';
import { DeletedSessionsHoldingNotes } from './DeletedSessionsHoldingNotes';
import { SessionSummary } from './SessionSummary';
import { SessionUndoBanner } from './SessionUndoBanner';
import { useTimetable } from './useTimetable';

/** Sessions (already sorted by start) grouped by their UK day. */
function byDay(sessions: readonly Session[]): Session[][] {
  const days = new Map<string, Session[]>();
  for (const session of sessions) {
    const day = localDateOf(session.startsAt);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  return [...days.values()];
}

/** The whole timetable by day; the challenge manager adds, edits and deletes sessions, peers read. */
export function TimetablePage() {
  const { identity } = useEngagementContext();
  const engagementId = identity.engagementId;
  const { data, peerNamesOf } = useTimetable(engagementId);
  const manager = identity.role === 'manager';
  if (!data) return <p role="status">Opening the timetable…</p>;
  return (
    <main>
      <h1>Timetable</h1>
      {data.engagement ? (
        <p className="muted">
          {data.engagement.council}, on site {formatDateRange(data.engagement.onSiteFrom, data.engagement.onSiteTo)}
        </p>
      ) : null}
      <SessionUndoBanner engagementId={engagementId} />
      {manager ? (
        <p>
          <Link to={`/engagements/${engagementId}/timetable/new`} className="button-link">
            Add a session
          </Link>
        </p>
      ) : null}
      {data.sessions.length === 0 ? <p>No sessions yet.</p> : null}
      {byDay(data.sessions).map((day) => {
        const first = day[0];
        if (!first) return null;
        const headingId = `day-${localDateOf(first.startsAt)}`;
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h2 id={headingId}>{formatDay(first.startsAt)}</h2>
            <ol className="link-list">
              {day.map((session) => (
                <li key={session.id}>
                  <SessionSummary
                    session={session}
                    engagementId={engagementId}
                    peerNames={peerNamesOf(session.assignedMemberIds)}
                  />
                  {manager ? (
                    <>
                      {' '}
                      <Link to={`/engagements/${engagementId}/timetable/${session.id}/edit`} className="button-link">
                        Edit <span className="visually-hidden">{session.title}</span>
                      </Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <DeletedSessionsHoldingNotes engagementId={engagementId} manager={manager} />
    </main>
  );
}
