import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';
import type { BoardNotes, ThemeBoard } from '../../store/themeBoardQueries';
import { keepUnchangedFindings, keepUnchangedNotes } from './keepUnchanged';

const version = { rev: 1, updatedAt: '2026-11-25T19:00:00.000Z', deleted: false, conflicts: [] };
const note = (id: string, changes: Partial<Note> = {}) => ({ id, ...version, text: id, ...changes }) as Note;
const finding = (id: string, changes: Partial<Finding> = {}) =>
  ({ id, ...version, lane: 'strength', noteIds: [], ...changes }) as unknown as Finding;
const session = (id: string) => ({ id, ...version }) as unknown as Session;

function boardNotes(ofTheme: Note[], withoutTheme: Note[], sessions: Session[]): BoardNotes {
  return {
    ofTheme,
    withoutTheme,
    notes: new Map([...ofTheme, ...withoutTheme].map((n) => [n.id, n])),
    sessions: new Map(sessions.map((s) => [s.id, s])),
  };
}

function board(findings: Finding[]): ThemeBoard {
  return {
    lanes: { strength: findings, 'area for consideration': [] },
    mergedFrom: new Map(),
    unassignedNotes: [],
    notesWithoutTheme: [],
    notes: new Map(),
    sessions: new Map(),
  };
}

describe('keepUnchangedNotes', () => {
  it('returns the first notes as read', () => {
    const first = boardNotes([note('a')], [], []);
    expect(keepUnchangedNotes(undefined, first)).toBe(first);
  });

  it('keeps the objects drawn before for notes and sessions whose version is the same, and takes changed ones', () => {
    const before = boardNotes([note('a'), note('b')], [note('n')], [session('s')]);
    const edited = note('b', { updatedAt: '2026-11-25T19:01:00.000Z', text: 'b edited' });
    const next = keepUnchangedNotes(before, boardNotes([note('a'), edited, note('c')], [note('n')], [session('s')]));
    expect(next.notes.get('a')).toBe(before.notes.get('a'));
    expect(next.ofTheme[0]).toBe(before.notes.get('a'));
    expect(next.notes.get('b')).toBe(edited);
    expect(next.ofTheme[1]).toBe(edited);
    expect(next.notes.get('c')?.id).toBe('c');
    expect(next.withoutTheme[0]).toBe(before.notes.get('n'));
    expect(next.sessions.get('s')).toBe(before.sessions.get('s'));
  });

  it('takes a note whose conflicts or tombstone changed at the same version', () => {
    const before = boardNotes([note('a')], [note('b')], []);
    const conflicted = note('a', { conflicts: [{} as Note['conflicts'][number]] });
    const dropped = note('b', { deleted: true });
    const next = keepUnchangedNotes(before, boardNotes([conflicted], [dropped], []));
    expect(next.notes.get('a')).toBe(conflicted);
    expect(next.notes.get('b')).toBe(dropped);
  });
});

describe('keepUnchangedFindings', () => {
  it('returns the first board as read', () => {
    const first = board([finding('f')]);
    expect(keepUnchangedFindings(undefined, first)).toBe(first);
  });

  it('keeps findings whose version is the same and takes pulled, conflicted or dropped ones', () => {
    const before = board([finding('f'), finding('g'), finding('h'), finding('k')]);
    const pulled = finding('g', { rev: 2 });
    const conflicted = finding('h', { conflicts: [{} as Finding['conflicts'][number]] });
    const dropped = finding('k', { deleted: true });
    const next = keepUnchangedFindings(before, board([finding('f'), pulled, conflicted, dropped]));
    expect(next.lanes.strength[0]).toBe(before.lanes.strength[0]);
    expect(next.lanes.strength.slice(1)).toEqual([pulled, conflicted, dropped]);
    expect(next.lanes.strength[1]).toBe(pulled);
  });
});
