import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import type { Session } from '../../../domain/records/session';
import type { ThemeBoard } from '../../store/themeBoardQueries';
import { keepUnchanged } from './keepUnchanged';

const version = { rev: 1, updatedAt: '2026-11-25T19:00:00.000Z', deleted: false, conflicts: [] };
const note = (id: string, changes: Partial<Note> = {}) => ({ id, ...version, text: id, ...changes }) as Note;
const finding = (id: string, changes: Partial<Finding> = {}) =>
  ({ id, ...version, lane: 'strength', noteIds: [], ...changes }) as unknown as Finding;
const session = (id: string) => ({ id, ...version }) as unknown as Session;

function board(notes: Note[], findings: Finding[], sessions: Session[]): ThemeBoard {
  return {
    lanes: { strength: findings, 'area for consideration': [] },
    mergedFrom: new Map(),
    unassignedNotes: notes,
    notesWithoutTheme: [],
    notes: new Map(notes.map((n) => [n.id, n])),
    sessions: new Map(sessions.map((s) => [s.id, s])),
  };
}

describe('keepUnchanged', () => {
  it('returns the first board as read', () => {
    const first = board([note('a')], [], []);
    expect(keepUnchanged(undefined, first)).toBe(first);
  });

  it('keeps the objects drawn before for records whose version is the same, and takes changed ones', () => {
    const before = board([note('a'), note('b')], [finding('f'), finding('g')], [session('s')]);
    const edited = note('b', { updatedAt: '2026-11-25T19:01:00.000Z', text: 'b edited' });
    const pulled = finding('g', { rev: 2 });
    const next = keepUnchanged(before, board([note('a'), edited, note('c')], [finding('f'), pulled], [session('s')]));
    expect(next.notes.get('a')).toBe(before.notes.get('a'));
    expect(next.unassignedNotes[0]).toBe(before.notes.get('a'));
    expect(next.notes.get('b')).toBe(edited);
    expect(next.unassignedNotes[1]).toBe(edited);
    expect(next.notes.get('c')?.id).toBe('c');
    expect(next.lanes.strength[0]).toBe(before.lanes.strength[0]);
    expect(next.lanes.strength[1]).toBe(pulled);
    expect(next.sessions.get('s')).toBe(before.sessions.get('s'));
  });

  it('takes a record whose conflicts or tombstone changed at the same version', () => {
    const before = board([note('a')], [finding('f')], []);
    const conflicted = note('a', { conflicts: [{} as Note['conflicts'][number]] });
    const dropped = finding('f', { deleted: true });
    const next = keepUnchanged(before, board([conflicted], [dropped], []));
    expect(next.notes.get('a')).toBe(conflicted);
    expect(next.lanes.strength[0]).toBe(dropped);
  });
});
