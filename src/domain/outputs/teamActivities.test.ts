import { describe, expect, it } from 'vitest';
import type { Session } from '../records/session';
import { session } from './outputSources.fixture';
import {
  countDocumentsRead,
  documentsReadWords,
  peopleMetWords,
  teamActivities,
  type DocumentNote,
} from './teamActivities';

describe('teamActivities', () => {
  it.each<{ name: string; sessions: Session[]; words: string[]; people: string }>([
    { name: 'nothing on the timetable', sessions: [], words: [], people: '' },
    {
      name: 'every kind, counted in a fixed order',
      sessions: [
        session(1, 'other', 4),
        session(2, 'document reading', null),
        session(3, 'interview', 2),
        session(4, 'focus group', 10),
        session(5, 'interview', 1),
        session(6, 'visit or observation', 5),
      ],
      words: [
        '2 interviews',
        '1 focus group',
        '1 visit or observation',
        '1 document reading session',
        '1 other session',
      ],
      people: '22 people',
    },
    {
      name: 'a meeting without a count makes the sum a floor',
      sessions: [session(1, 'interview', 3), session(2, 'focus group', null)],
      words: ['1 interview', '1 focus group'],
      people: 'at least 3 people',
    },
    {
      name: 'reading documents meets no one, and deleted sessions do not count',
      sessions: [
        session(1, 'document reading', 7),
        { ...session(2, 'interview', 9), deleted: true },
        session(3, 'interview', 1),
      ],
      words: ['1 interview', '1 document reading session'],
      people: '1 person',
    },
    { name: 'no counts recorded', sessions: [session(1, 'interview', null)], words: ['1 interview'], people: '' },
  ])('$name', ({ sessions, words, people }) => {
    const activities = teamActivities(sessions, 0);
    expect(activities.sessions.map((entry) => entry.words)).toEqual(words);
    expect(peopleMetWords(activities)).toBe(people);
  });

  it('counts the documents read instead of the sessions spent reading them, where the notes name them', () => {
    const sessions = [session(1, 'document reading', null), session(2, 'interview', 3)];
    const activities = teamActivities(sessions, 12);
    expect(activities.sessions.map((entry) => entry.words)).toEqual(['1 interview']);
    expect(documentsReadWords(activities)).toBe('12 documents');
    expect(documentsReadWords(teamActivities(sessions, 1))).toBe('1 document');
    expect(documentsReadWords(teamActivities(sessions, 0))).toBe('');
  });
});

describe('countDocumentsRead', () => {
  const note = (documentReference: string, extra: Partial<DocumentNote> = {}): DocumentNote => ({
    deleted: false,
    evidenceType: 'read',
    documentReference,
    ...extra,
  });

  it.each<{ name: string; notes: DocumentNote[]; count: number }>([
    { name: 'no notes', notes: [], count: 0 },
    { name: 'read notes naming no document', notes: [note(''), note('   ')], count: 0 },
    {
      name: 'one document, named alike in case and spacing',
      notes: [note('Corporate plan 2025'), note('corporate  plan 2025 '), note('CORPORATE PLAN 2025')],
      count: 1,
    },
    { name: 'two documents', notes: [note('Corporate plan'), note('Budget report, p. 4')], count: 2 },
    {
      name: 'deleted notes and what was heard or seen do not count',
      notes: [
        note('Corporate plan', { deleted: true }),
        note('Minutes of the scrutiny panel', { evidenceType: 'heard' }),
        note('Notice board', { evidenceType: 'seen' }),
        note('Budget report'),
      ],
      count: 1,
    },
  ])('$name', ({ notes, count }) => {
    expect(countDocumentsRead(notes)).toBe(count);
  });
});
