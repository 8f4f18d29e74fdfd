import type { ReactNode } from 'react';
import type { Note } from '../../../domain/records/note';
import { WindowVirtualList } from '../../ui/WindowVirtualList';

/**
 * Sessions of up to this many notes (typical ones have 5 to 40) render every note: each
 * note is then in the page for Tab, find-in-page and a screen reader's browse mode, with
 * no scrolling tricks. Longer ones render only the notes near the screen so the tablet
 * stays quick; keyboard users still reach every note, as moving focus into a note
 * scrolls it into view and the notes around it render, and the note holding focus stays
 * rendered however far the page scrolls, so nothing being typed is ever unmounted.
 */
export const fullyRenderedNotes = 50;

/** Between a teammate's short note and one of my editors with tags open. */
const estimatedNoteHeight = 320;

const noteKey = (note: Note) => note.id;

/** The session's notes, in order; the new note, or one opened from Search, is rendered and brought into view. */
export function NoteList({
  notes,
  renderNote,
  revealNoteId,
}: {
  notes: readonly Note[];
  renderNote: (note: Note) => ReactNode;
  revealNoteId: string | null;
}) {
  return (
    <WindowVirtualList
      items={notes}
      getKey={noteKey}
      renderRow={renderNote}
      label="Notes in this session"
      estimatedRowHeight={estimatedNoteHeight}
      virtualiseFrom={fullyRenderedNotes + 1}
      revealKey={revealNoteId}
      className="notes"
    />
  );
}
