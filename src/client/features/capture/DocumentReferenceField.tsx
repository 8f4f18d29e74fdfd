import { memo, useId } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import type { NoteDraftJournal } from '../../store/draftJournal';
import { updateNote } from '../../store/noteRepository';
import { sameNoteFields } from './sameNote';
import { usePersistedText } from '../../services/usePersistedText';

/** A short field: the text's journal covers a reload mid-word, a title is retyped in seconds. */
const noJournal: NoteDraftJournal = { write: () => undefined, clear: () => undefined };

type DocumentReferenceFieldProps = { note: Note };

/**
 * Which document a "read" note is about, saved as it is typed.
 * Renders again only when the note fields it shows change, not on every keystroke.
 */
export const DocumentReferenceField = memo(
  DocumentReferenceInput,
  sameNoteFields<DocumentReferenceFieldProps>(['documentReference']),
);

function DocumentReferenceInput({ note }: DocumentReferenceFieldProps) {
  const { db } = useAppServices();
  const id = useId();
  const field = usePersistedText(
    note.documentReference,
    (value) => updateNote(db, note, { documentReference: value }),
    noJournal,
  );
  return (
    <div className="document-reference">
      <label htmlFor={`${id}-ref`}>Document reference</label>
      <input
        id={`${id}-ref`}
        type="text"
        maxLength={500}
        value={field.text}
        placeholder="e.g. Self-assessment, section 3"
        onChange={(event) => field.onChange(event.target.value)}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
      />
      {field.saveError ? <p role="alert">{field.saveError.message}</p> : null}
    </div>
  );
}
