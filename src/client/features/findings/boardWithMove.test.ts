import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../domain/records/finding';
import type { Note } from '../../../domain/records/note';
import type { ThemeBoard } from '../../store/themeBoardQueries';
import { boardWithMove } from './boardWithMove';

const note = (id: string) => ({ id }) as Note;
const finding = (id: string, noteIds: string[], lane: Finding['lane'] = 'strength') =>
  ({ id, lane, noteIds }) as unknown as Finding;

const board: ThemeBoard = {
  lanes: { strength: [finding('f', ['a'])], 'area for consideration': [finding('g', [], 'area for consideration')] },
  mergedFrom: new Map(),
  unassignedNotes: [note('b'), note('c')],
  notesWithoutTheme: [note('d')],
  notes: new Map(['a', 'b', 'c', 'd'].map((id) => [id, note(id)])),
  sessions: new Map(),
};

describe('boardWithMove', () => {
  it('puts pile notes into the finding and out of the piles, leaving the rest as they were', () => {
    const next = boardWithMove(board, { noteIds: ['b', 'd'], fromFindingId: null, toFindingId: 'g' });
    expect(next.lanes['area for consideration'][0]?.noteIds).toEqual(['b', 'd']);
    expect(next.lanes.strength[0]).toBe(board.lanes.strength[0]);
    expect(next.unassignedNotes.map((n) => n.id)).toEqual(['c']);
    expect(next.notesWithoutTheme).toEqual([]);
    expect(board.lanes['area for consideration'][0]?.noteIds).toEqual([]);
  });

  it('takes a note from one finding to another, once', () => {
    const next = boardWithMove(
      { ...board, lanes: { ...board.lanes, strength: [finding('f', ['a', 'c'])] } },
      { noteIds: ['a'], fromFindingId: 'f', toFindingId: 'g' },
    );
    expect(next.lanes.strength[0]?.noteIds).toEqual(['c']);
    expect(next.lanes['area for consideration'][0]?.noteIds).toEqual(['a']);
    expect(
      boardWithMove(next, { noteIds: ['a'], fromFindingId: null, toFindingId: 'g' }).lanes['area for consideration'][0]
        ?.noteIds,
    ).toEqual(['a']);
  });
});
