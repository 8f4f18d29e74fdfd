import { ukDateOf } from '../../ui/formatTime';

/** What a session is, for choosing where "today" opens: only its times matter. */
export type Timed = { startsAt: string; endsAt: string };

export type SessionChoice<T extends Timed> = { session: T; when: 'now' | 'next' | 'last' };

/**
 * Where the today view opens: the session running now (the latest-started one if two
 * overlap), else the next to start, else the last one of the engagement. Sessions may
 * come in any order.
 */
export function chooseSession<T extends Timed>(sessions: readonly T[], now: Date): SessionChoice<T> | null {
  const at = now.getTime();
  const byStart = [...sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const running = byStart.filter((session) => Date.parse(session.startsAt) <= at && at < Date.parse(session.endsAt));
  const current = running.at(-1);
  if (current) return { session: current, when: 'now' };
  const next = byStart.find((session) => Date.parse(session.startsAt) > at);
  if (next) return { session: next, when: 'next' };
  const last = byStart.at(-1);
  return last ? { session: last, when: 'last' } : null;
}

/** Sessions that start on the same UK calendar day as `day`. */
export function sessionsOnDay<T extends Timed>(sessions: readonly T[], day: Date): T[] {
  const wanted = ukDateOf(day);
  return sessions.filter((session) => ukDateOf(new Date(session.startsAt)) === wanted);
}
