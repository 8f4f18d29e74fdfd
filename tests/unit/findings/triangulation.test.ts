import { describe, expect, it } from 'vitest';
import { byId, notesFrom, testNote, testSession } from '../../support/testEvidence';
import type { FindingLane, FindingStatus } from '../../../src/domain/records/finding';
import type { Note, Stance } from '../../../src/domain/records/note';
import { triangulate, type Triangulation, type TriangulationLabel } from '../../../src/domain/findings/triangulation';

/** s1–s3 and s8 are different groups, s4 is s1's group again, s5 lists none, s6 and s7 are "other". */
const sessions = byId([
  testSession('s1', ['councillors']),
  testSession('s2', ['senior officers']),
  testSession('s3', ['managers']),
  testSession('s4', ['councillors']),
  testSession('s5', []),
  testSession('s6', ['other']),
  testSession('s7', ['other']),
  testSession('s8', ['carers', 'front-line staff']),
]);

function triangulateNotes(
  notes: readonly Note[],
  finding: { lane?: FindingLane; status?: FindingStatus; noteIds?: string[] } = {},
): Triangulation {
  return triangulate(
    { lane: finding.lane ?? 'strength', status: finding.status ?? 'proposed', noteIds: notes.map((note) => note.id) },
    { notes: byId(notes), sessions },
  );
}

type Counts = Triangulation['counts'];
const counts = (read: number, heard: number, seen: number, sessionCount: number, groups: number): Counts => ({
  read,
  heard,
  seen,
  sessions: sessionCount,
  groups,
  peers: read + heard + seen === 0 ? 0 : 1,
});

describe('triangulate: the label at and around each threshold', () => {
  it.each<[string, string[], TriangulationLabel, Counts]>([
    ['no notes', [], 'no evidence', counts(0, 0, 0, 0, 0)],
    ['one note', ['heard@s1'], 'single source', counts(0, 1, 0, 1, 1)],
    ['all three types in one session', ['heard@s1', 'read@s1', 'seen@s1'], 'single source', counts(1, 1, 1, 1, 1)],
    ['two sessions', ['heard@s1', 'heard@s2'], 'corroborated', counts(0, 2, 0, 2, 2)],
    [
      'exactly 2 types, 3 sessions, 2 groups',
      ['heard@s1', 'heard@s2', 'read@s3'],
      'triangulated',
      counts(1, 2, 0, 3, 2),
    ],
    [
      'one type short: 3 sessions and groups, heard only',
      ['heard@s1', 'heard@s2', 'heard@s3'],
      'corroborated',
      counts(0, 3, 0, 3, 3),
    ],
    [
      'one session short: 2 types and groups, 2 sessions',
      ['heard@s1', 'seen@s2'],
      'corroborated',
      counts(0, 1, 1, 2, 2),
    ],
    [
      'one group short: the same group twice',
      ['heard@s1', 'seen@s4', 'read@s3'],
      'corroborated',
      counts(1, 1, 1, 3, 1),
    ],
    [
      'well above every threshold',
      ['heard@s1', 'heard@s2', 'seen@s3', 'read@s4', 'read@s5'],
      'triangulated',
      counts(2, 2, 1, 5, 3),
    ],
    ['read notes add no group', ['read@s1', 'read@s2', 'heard@s3'], 'corroborated', counts(2, 1, 0, 3, 1)],
    ['"other" is one group', ['heard@s6', 'seen@s7', 'read@s1'], 'corroborated', counts(1, 1, 1, 3, 1)],
    ['"other" and a named group are two', ['heard@s6', 'heard@s7', 'seen@s1'], 'triangulated', counts(0, 2, 1, 3, 2)],
    ['a session listing no group adds none', ['heard@s5', 'seen@s1', 'read@s2'], 'corroborated', counts(1, 1, 1, 3, 1)],
    ['two groups from one session', ['heard@s8', 'read@s1', 'read@s2'], 'triangulated', counts(2, 1, 0, 3, 2)],
    [
      'a session not on this copy counts, with no group',
      ['heard@gone', 'seen@s1', 'read@s2'],
      'corroborated',
      counts(1, 1, 1, 3, 1),
    ],
  ])('%s', (_name, specs, label, expected) => {
    const result = triangulateNotes(notesFrom(specs));
    expect(result.label).toBe(label);
    expect(result.counts).toEqual(expected);
  });
});

describe('triangulate: which notes count', () => {
  const [a, b, c] = notesFrom(['heard@s1', 'heard@s2', 'read@s3']) as [Note, Note, Note];
  const evidence = (notes: Note[]) => ({ notes: byId(notes), sessions });
  const finding = (noteIds: string[]) => ({ lane: 'strength' as const, status: 'proposed' as const, noteIds });

  it('leaves out a deleted note', () => {
    const deleted = { ...c, deleted: true };
    expect(triangulate(finding([a.id, b.id, c.id]), evidence([a, b, deleted]))).toMatchObject({
      label: 'corroborated',
      counts: { read: 0, heard: 2, sessions: 2 },
    });
  });

  it('ignores note ids this copy does not hold, and counts a repeated id once', () => {
    expect(triangulate(finding([a.id, 'unknown', a.id]), evidence([a]))).toMatchObject({
      label: 'single source',
      counts: { heard: 1, sessions: 1 },
    });
    expect(triangulate(finding(['unknown']), evidence([a])).label).toBe('no evidence');
  });

  it('counts a session whatever its state, deleted included', () => {
    const deletedSessions = new Map(sessions);
    deletedSessions.set('s1', { ...testSession('s1', ['councillors']), deleted: true });
    expect(triangulate(finding([a.id, b.id, c.id]), { notes: byId([a, b, c]), sessions: deletedSessions }).label).toBe(
      'triangulated',
    );
  });

  it('counts distinct authors as peers, whatever their role', () => {
    const notes = [
      testNote('heard', 's1', { authorId: 'manager' }),
      testNote('heard', 's1', { authorId: 'peer-1' }),
      testNote('seen', 's2', { authorId: 'peer-1' }),
    ];
    expect(triangulateNotes(notes).counts.peers).toBe(2);
  });

  it('lets one note back several findings', () => {
    const notes = [a, b, c];
    const first = triangulateNotes(notes);
    const second = triangulateNotes(notes, { lane: 'area for consideration' });
    expect(first.counts).toEqual(second.counts);
  });
});

describe('triangulate: mixed evidence', () => {
  it.each<[FindingLane, Stance, boolean]>([
    ['strength', 'strength', false],
    ['strength', 'neutral', false],
    ['strength', 'area for consideration', true],
    ['area for consideration', 'area for consideration', false],
    ['area for consideration', 'neutral', false],
    ['area for consideration', 'strength', true],
  ])('a %s evidenced by a %s note: %s', (lane, stance, mixed) => {
    const notes = [testNote('heard', 's1', { stance: lane }), testNote('seen', 's2', { stance })];
    expect(triangulateNotes(notes, { lane }).mixedEvidence).toBe(mixed);
  });

  it('is not raised by a deleted note', () => {
    const notes = [testNote('heard', 's1', { stance: 'area for consideration', deleted: true })];
    expect(triangulateNotes(notes, { lane: 'strength' }).mixedEvidence).toBe(false);
  });
});

describe('triangulate: the warning on an agreed finding', () => {
  it.each<[FindingStatus, string[], string | null]>([
    ['agreed', [], 'Agreed with no evidence: no notes back it.'],
    ['agreed', ['heard@s1', 'seen@s1'], 'Agreed on a single source: all its notes come from one session.'],
    ['agreed', ['heard@s1', 'seen@s2'], null],
    ['agreed', ['heard@s1', 'heard@s2', 'read@s3'], null],
    ['proposed', [], null],
    ['proposed', ['heard@s1'], null],
    ['dropped', [], null],
    ['dropped', ['heard@s1'], null],
  ])('%s with %j', (status, specs, warning) => {
    expect(triangulateNotes(notesFrom(specs), { status }).warning).toBe(warning);
  });
});

describe('triangulate: the reasons in words', () => {
  it.each<[string, Note[], string]>([
    ['no notes', [], 'no notes'],
    ['one heard note', notesFrom(['heard@s1']), 'heard in 1 session from 1 group; not read; not seen'],
    [
      'the example in the issue',
      [
        ...notesFrom(['heard@s1', 'heard@s2', 'heard@s3', 'heard@s4', 'heard@s4']),
        testNote('read', 's5', { documentReference: 'Budget 2026/27' }),
        testNote('read', 's5', { documentReference: 'Workforce strategy' }),
      ],
      'heard in 4 sessions from 3 groups; read in 2 documents; not seen',
    ],
    [
      'a session with no groups names none',
      notesFrom(['seen@s5', 'seen@s5']),
      'not heard; not read; seen in 1 session',
    ],
    [
      'groups of two sessions',
      notesFrom(['seen@s8', 'seen@s1']),
      'not heard; not read; seen in 2 sessions from 3 groups',
    ],
    [
      'a document named twice, in other words',
      [
        testNote('read', 's1', { documentReference: 'Budget  2026/27' }),
        testNote('read', 's2', { documentReference: ' budget 2026/27' }),
      ],
      'not heard; read in 1 document; not seen',
    ],
    [
      'unnamed documents: one per session',
      notesFrom(['read@s1', 'read@s1', 'read@s2']),
      'not heard; read in 2 documents; not seen',
    ],
    [
      'a named and an unnamed document',
      [testNote('read', 's1', { documentReference: 'Annual report' }), testNote('read', 's1')],
      'not heard; read in 2 documents; not seen',
    ],
    [
      'deleted notes are not described',
      [testNote('heard', 's1'), testNote('seen', 's2', { deleted: true })],
      'heard in 1 session from 1 group; not read; not seen',
    ],
  ])('%s', (_name, notes, reasons) => {
    expect(triangulateNotes(notes).reasons).toBe(reasons);
  });
});
