import type { Session } from '../../../domain/records/session';
import { chooseSession, sessionsOnDay } from './chooseSession';
import { SessionSummary } from './SessionSummary';

type Props = {
  sessions: readonly Session[];
  engagementId: string;
  now: Date;
  peerNamesOf: (memberIds: readonly string[]) => string[];
};

const whenLabel = { now: 'Now', next: 'Next', last: 'Last session' } as const;

/**
 * Today's sessions with the one that matters most marked: the one running now, else the
 * next, else the engagement's last. If it is not today, it is shown on its own first.
 */
export function TodaySessions({ sessions, engagementId, now, peerNamesOf }: Props) {
  const today = sessionsOnDay(sessions, now);
  // A cancelled session is listed (marked) but never the one "now" or "next".
  const choice = chooseSession(
    sessions.filter((session) => !session.cancelled),
    now,
  );
  const chosenIsToday = choice !== null && today.some((session) => session.id === choice.session.id);
  return (
    <>
      {choice && !chosenIsToday ? (
        <p className="today-choice">
          <strong>{whenLabel[choice.when]}: </strong>
          <SessionSummary
            session={choice.session}
            engagementId={engagementId}
            peerNames={peerNamesOf(choice.session.assignedMemberIds)}
          />
        </p>
      ) : null}
      {today.length === 0 ? (
        <p>No sessions today.</p>
      ) : (
        <ol className="link-list" aria-label="Today’s sessions">
          {today.map((session) => {
            const chosen = choice?.session.id === session.id;
            return (
              <li
                key={session.id}
                className={chosen ? 'today-choice' : undefined}
                aria-current={chosen ? 'true' : undefined}
              >
                {chosen ? <strong>{whenLabel[choice.when]}: </strong> : null}
                <SessionSummary
                  session={session}
                  engagementId={engagementId}
                  peerNames={peerNamesOf(session.assignedMemberIds)}
                />
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
