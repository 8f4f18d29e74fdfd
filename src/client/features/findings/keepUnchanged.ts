import type { Note } from '../../../domain/records/note';
import type { BoardNotes, ThemeBoard } from '../../store/themeBoardQueries';

type Versioned = { id: string; rev: number; updatedAt: string; deleted: boolean; conflicts: readonly unknown[] };

/** Every edit sets updatedAt and every pulled version its rev: equal both, the record is the same. */
const unchanged = (a: Versioned, b: Versioned) =>
  a.rev === b.rev &&
  a.updatedAt === b.updatedAt &&
  a.deleted === b.deleted &&
  a.conflicts.length === b.conflicts.length;

function reuse<T extends Versioned>(before: ReadonlyMap<string, T>, record: T): T {
  const old = before.get(record.id);
  return old && unchanged(old, record) ? old : record;
}

/**
 * The board's notes just read, with each note and session that has not changed since the
 * read before replaced by the object drawn before. Every read makes new objects; kept ones
 * let the memoised cards skip drawing them again.
 */
export function keepUnchangedNotes(before: BoardNotes | undefined, next: BoardNotes): BoardNotes {
  if (!before) return next;
  const notes = new Map([...next.notes].map(([id, note]) => [id, reuse(before.notes, note)]));
  const kept = (note: Note) => notes.get(note.id) ?? note;
  return {
    ofTheme: next.ofTheme.map(kept),
    withoutTheme: next.withoutTheme.map(kept),
    notes,
    sessions: new Map([...next.sessions].map(([id, session]) => [id, reuse(before.sessions, session)])),
  };
}

/**
 * The board just read, with each finding that has not changed since the board before
 * replaced by the object drawn before, so a move redraws the cards it moved and not the
 * others. (Its notes were kept already: `keepUnchangedNotes`.)
 */
export function keepUnchangedFindings(before: ThemeBoard | undefined, next: ThemeBoard): ThemeBoard {
  if (!before) return next;
  const oldFindings = new Map(
    [...before.lanes.strength, ...before.lanes['area for consideration']].map((f) => [f.id, f]),
  );
  return {
    ...next,
    lanes: {
      strength: next.lanes.strength.map((f) => reuse(oldFindings, f)),
      'area for consideration': next.lanes['area for consideration'].map((f) => reuse(oldFindings, f)),
    },
  };
}
