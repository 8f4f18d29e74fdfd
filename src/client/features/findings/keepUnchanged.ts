import type { ThemeBoard } from '../../store/themeBoardQueries';

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
 * The board just read, with each note, session and finding that has not changed since the
 * board before replaced by the object drawn before. Every read makes new objects; kept
 * ones let the memoised cards skip drawing them again, so a move redraws what it moved
 * and not the hundreds of cards around it.
 */
export function keepUnchanged(before: ThemeBoard | undefined, next: ThemeBoard): ThemeBoard {
  if (!before) return next;
  const notes = new Map([...next.notes].map(([id, note]) => [id, reuse(before.notes, note)]));
  const sessions = new Map([...next.sessions].map(([id, session]) => [id, reuse(before.sessions, session)]));
  const oldFindings = new Map(
    [...before.lanes.strength, ...before.lanes['area for consideration']].map((f) => [f.id, f]),
  );
  return {
    ...next,
    lanes: {
      strength: next.lanes.strength.map((f) => reuse(oldFindings, f)),
      'area for consideration': next.lanes['area for consideration'].map((f) => reuse(oldFindings, f)),
    },
    unassignedNotes: next.unassignedNotes.map((note) => notes.get(note.id) ?? note),
    notesWithoutTheme: next.notesWithoutTheme.map((note) => notes.get(note.id) ?? note),
    notes,
    sessions,
  };
}
