import type { Note } from '../records/note';
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
 * order, kinds with none left out), the documents read and the people met, summed from
 * attendee counts. Reading documents meets no one, so its counts are not people met.
 * `peopleMetAtLeast` is true when some meeting has no count, so the sum is a floor.
 * Where the notes name the documents read, they are counted and the document reading
 * sessions are not (the documents say more); else those sessions are counted.
 */
export type TeamActivities = {
  sessions: { kind: SessionKind; count: number; words: string }[];
  documentsRead: number;
  peopleMet: number;
  peopleMetAtLeast: boolean;
};

export function teamActivities(sessions: readonly Session[], documentsRead: number): TeamActivities {
  const live = sessions.filter((session) => !session.deleted);
  const meetings = live.filter((session) => session.kind !== 'document reading');
  const counts = documentsRead > 0 ? kindOrder.filter((kind) => kind !== 'document reading') : kindOrder;
  return {
    sessions: counts.flatMap((kind) => {
      const count = live.filter((session) => session.kind === kind).length;
      const [one, many] = kindWords[kind];
      return count === 0 ? [] : [{ kind, count, words: counted(count, one, many) }];
    }),
    documentsRead,
    peopleMet: meetings.reduce((sum, session) => sum + (session.attendeeCount ?? 0), 0),
    peopleMetAtLeast: meetings.some((session) => session.attendeeCount === null),
  };
}

/** What a note says of the document it was read in: all that counting documents needs. */
export type DocumentNote = Pick<Note, 'deleted' | 'evidenceType' | 'documentReference'>;

/**
 * How many documents the team read: the distinct documents named by live "read" notes
 * (case and spacing aside). A count only: the references themselves never leave the team.
 */
export function countDocumentsRead(notes: Iterable<DocumentNote>): number {
  const documents = new Set<string>();
  for (const note of notes) {
    if (note.deleted || note.evidenceType !== 'read') continue;
    const reference = note.documentReference.trim().replace(/\s+/g, ' ').toLowerCase();
    if (reference !== '') documents.add(reference);
  }
  return documents.size;
}

/** "12 documents", "1 document"; empty when none was named. */
export function documentsReadWords(activities: TeamActivities): string {
  return activities.documentsRead === 0 ? '' : counted(activities.documentsRead, 'document', 'documents');
}

/** "120 people", "at least 120 people" (when some meeting has no count); empty when none was recorded. */
export function peopleMetWords(activities: TeamActivities): string {
  if (activities.peopleMet === 0) return '';
  const people = counted(activities.peopleMet, 'person', 'people');
  return `${activities.peopleMetAtLeast ? 'at least ' : ''}${people}`;
}
