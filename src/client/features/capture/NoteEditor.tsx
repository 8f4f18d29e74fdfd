import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import { noteDraftJournal } from '../../store/draftJournal';
import { drawnNoteFields, updateNote } from '../../store/noteRepository';
import { DocumentReferenceField } from './DocumentReferenceField';
import { NoteChoices } from './NoteChoices';
import { NotePhotos } from './NotePhotos';
import { NoteTagging } from './NoteTagging';
import { sameNote } from './sameNote';
import { usePersistedText } from '../../services/usePersistedText';

type NoteEditorProps = {
  note: Note;
  autoFocus: boolean;
  /**
   * The note being edited: its choices, tag pickers, photos and Delete show. Others show
   * their text and a line of what is chosen, and open when focused or tapped. On its own
   * (no session around it) an editor is open.
   */
  open?: boolean;
  onOpen?: (noteId: string) => void;
  onDelete?: (note: Note) => void;
};

/**
 * One of my notes. Re-renders only when this note, or what it is told, changes: the
 * other rows must not pay for a keystroke in one note.
 * Text from sync still arrives, as a changed note is a changed prop.
 */
export const NoteEditor = memo(
  NoteEditorRow,
  (before: NoteEditorProps, after: NoteEditorProps) =>
    sameNote(before.note, after.note) &&
    before.autoFocus === after.autoFocus &&
    before.open === after.open &&
    before.onOpen === after.onOpen &&
    before.onDelete === after.onDelete,
);

/** One of my notes: its text is saved as it is typed; every choice is saved when made. */
function NoteEditorRow({ note, autoFocus, open = true, onOpen, onDelete }: NoteEditorProps) {
  const { db } = useAppServices();
  const id = useId();
  // The note as first drawn goes with each keystroke: a new note whose write failed (a
  // full device) can then be written from the journal at the next start.
  const [drawnAs] = useState(() => drawnNoteFields(note));
  const journal = useMemo(
    () => noteDraftJournal(db, { engagementId: note.engagementId, id: note.id, drawnAs }),
    [db, note.engagementId, note.id, drawnAs],
  );
  const text = usePersistedText(note.text, (value) => updateNote(db, note, { text: value }), journal);
  // The tag pickers show whenever the note opens; "Tags" can fold them away while it is open.
  const [tagsFolded, setTagsFolded] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setTagsFolded(false);
  }
  // The text box first, its choices, pickers and photos a moment later: a new note's box
  // takes focus (laid out at once) before the rest of an open note is drawn (bench/RESULTS.md, issue 10).
  const details = useDeferredValue(open, false) && open;
  const noteId = note.id;
  const toggleTags = useCallback(() => {
    if (open) setTagsFolded((folded) => !folded);
    else onOpen?.(noteId);
  }, [open, onOpen, noteId]);

  return (
    <article
      className={open ? 'note note--open' : 'note note--compact'}
      aria-labelledby={`${id}-label`}
      // Focus in the note (a tap in its text, Tab) makes it the one being edited; "Tags"
      // opens it when pressed, so a click's focus does not open it and the click fold it.
      onFocus={
        open
          ? undefined
          : (event) => {
              if (!(event.target instanceof Element && event.target.closest('.note-tagging'))) onOpen?.(noteId);
            }
      }
    >
      <label htmlFor={`${id}-text`} id={`${id}-label`}>
        Note text
      </label>
      {/* The same text box open or not: what is being typed is never remounted. */}
      <textarea
        id={`${id}-text`}
        value={text.text}
        rows={open ? 5 : 3}
        autoFocus={autoFocus}
        onChange={(event) => text.onChange(event.target.value)}
        onFocus={text.onFocus}
        onBlur={text.onBlur}
        aria-describedby={text.saveError ? `${id}-error` : undefined}
      />
      {text.saveError ? (
        <p role="alert" id={`${id}-error`} className="error">
          {text.saveError.message}
        </p>
      ) : null}
      {details ? <NoteChoices note={note} /> : null}
      {details && (note.evidenceType === 'read' || note.documentReference !== '') ? (
        <DocumentReferenceField note={note} />
      ) : null}
      <NoteTagging
        note={note}
        open={details && !tagsFolded}
        onToggle={toggleTags}
        facts={details ? '' : factsOf(note)}
      />
      {details ? <NotePhotos note={note} editable /> : null}
      {details && onDelete ? (
        <div className="note__actions">
          {/* The last keystrokes save first: a text save landing after the delete would revive the note. */}
          <button type="button" onClick={() => void text.flush().then(() => onDelete(note))}>
            Delete note
          </button>
        </div>
      ) : null}
    </article>
  );
}

/** What a folded note has chosen besides its tags, in one line. */
function factsOf(note: Note): string {
  const photos = note.photoIds.length;
  return [
    note.evidenceType,
    note.stance,
    ...(note.isQuote ? ['verbatim quote'] : []),
    ...(note.documentReference ? [`document: ${note.documentReference}`] : []),
    ...(photos > 0 ? [photos === 1 ? '1 photo' : `${photos} photos`] : []),
  ].join(' · ');
}
