import type { Session, SessionKind } from '../records/session';
import { counted } from './englishList';

/** How each kind of session is counted in an output: counts only, never titles or names. */
const kindWords: Record<SessionKind, [string, string]> = {
  interview: ['interview', 'interviews'],
  'focus group': ['focus group', 'focus groups'],
  'visit or observation': ['visit or observation', 'visits or observations'],
  'document reading': ['document reading session', 'document reading sessions'],
  other: ['other session', 'other sessions'],
};
const kindOrder: readonly SessionKind[] = [
  'interview',
  'focus group',
  'visit or observation',
  'document reading',
  'other',
];

/**
 * What the team did, counted from the live timetable: sessions per kind (in a fixed
 * order, kinds with none left out) and the people met, summed from attendee counts.
 * Reading documents meets no one, so its counts are not people met. `peopleMetAtLeast`
 * is true when some meeting has no count, so the sum is a floor.
 */
export type TeamActivities = {
  sessions: { kind: SessionKind; count: number; words: string }[];
  peopleMet: number;
  peopleMetAtLeast: boolean;
};

export function teamActivities(sessions: readonly Session[]): TeamActivities {
  const live = sessions.filter((session) => !session.deleted);
  const meetings = live.filter((session) => session.kind !== 'document reading');
  return {
    sessions: kindOrder.flatMap((kind) => {
      const count = live.filter((session) => session.kind === kind).length;
      const [one, many] = kindWords[kind];
      return count === 0 ? [] : [{ kind, count, words: counted(count, one, many) }];
    }),
    peopleMet: meetings.reduce((sum, session) => sum + (session.attendeeCount ?? 0), 0),
    peopleMetAtLeast: meetings.some((session) => session.attendeeCount === null),
  };
}

/** "120 people", "at least 120 people" (when some meeting has no count); empty when none was recorded. */
export function peopleMetWords(activities: TeamActivities): string {
  if (activities.peopleMet === 0) return '';
  const people = counted(activities.peopleMet, 'person', 'people');
  return `${activities.peopleMetAtLeast ? 'at least ' : ''}${people}`;
}
