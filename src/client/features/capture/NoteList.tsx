import type { ReactNode } from 'react';
import type { Note } from '../../../domain/records/note';

/**
 * The session's notes, in order. Kept to this one job so a virtualised list can replace
 * it without touching the page.
 */
export function NoteList({ notes, renderNote }: { notes: readonly Note[]; renderNote: (note: Note) => ReactNode }) {
  return <div className="notes">{notes.map((note) => renderNote(note))}</div>;
}
