import { memo, useId, useMemo } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import { noteDraftJournal } from '../../store/draftJournal';
import { updateNote } from '../../store/noteRepository';
import { DocumentReferenceField } from './DocumentReferenceField';
import { NoteChoices } from './NoteChoices';
import { NotePhotos } from './NotePhotos';
import { NoteTagging } from './NoteTagging';
import { sameNote } from './sameNote';
import { usePersistedText } from '../../services/usePersistedText';

type NoteEditorProps = { note: Note; autoFocus: boolean; onDelete?: (note: Note) => void };

/**
 * One of my notes. Re-renders only when this note, or what it is told, changes: typing
 * in one note re-reads the whole session, and the other rows must not pay for it.
 * Text from sync still arrives, as a changed note is a changed prop.
 */
export const NoteEditor = memo(
  NoteEditorRow,
  (before: NoteEditorProps, after: NoteEditorProps) =>
    sameNote(before.note, after.note) && before.autoFocus === after.autoFocus && before.onDelete === after.onDelete,
);

/** One of my notes: its text is saved as it is typed; every choice is saved when made. */
function NoteEditorRow({ note, autoFocus, onDelete }: NoteEditorProps) {
  const { db } = useAppServices();
  const id = useId();
  const journal = useMemo(
    () => noteDraftJournal(db, { engagementId: note.engagementId, id: note.id }),
    [db, note.engagementId, note.id],
  );
  const text = usePersistedText(note.text, (value) => updateNote(db, note, { text: value }), journal);
  return (
    <article className="note" aria-labelledby={`${id}-label`}>
      <label htmlFor={`${id}-text`} id={`${id}-label`}>
        Note text
      </label>
      <textarea
        id={`${id}-text`}
        value={text.text}
        rows={5}
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
      <NoteChoices note={note} />
      {note.evidenceType === 'read' || note.documentReference !== '' ? <DocumentReferenceField note={note} /> : null}
      <NoteTagging note={note} startOpen={autoFocus} />
      <NotePhotos note={note} editable />
      {onDelete ? (
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
