import type { Finding } from '../../../domain/records/finding';
import type { ThemeBoard } from '../../store/themeBoardQueries';

/** Notes on their way to a finding (from a pile when `fromFindingId` is null). */
export type NoteMove = { noteIds: readonly string[]; fromFindingId: string | null; toFindingId: string };

/**
 * The board as it will read once a move is saved: drawn at once, so the note lands under
 * the person's finger without waiting for the save and the re-read of the engagement.
 */
export function boardWithMove(board: ThemeBoard, move: NoteMove): ThemeBoard {
  const moving = new Set(move.noteIds);
  const moved = (finding: Finding): Finding => {
    if (finding.id === move.toFindingId)
      return { ...finding, noteIds: [...new Set([...finding.noteIds, ...move.noteIds])] };
    if (finding.id === move.fromFindingId)
      return { ...finding, noteIds: finding.noteIds.filter((id) => !moving.has(id)) };
    return finding;
  };
  return {
    ...board,
    lanes: {
      strength: board.lanes.strength.map(moved),
      'area for consideration': board.lanes['area for consideration'].map(moved),
    },
    // The finding is on this theme's board: the notes are no longer unassigned here, nor without a finding.
    unassignedNotes: board.unassignedNotes.filter((note) => !moving.has(note.id)),
    notesWithoutTheme: board.notesWithoutTheme.filter((note) => !moving.has(note.id)),
  };
}
