import { useId } from 'react';
import type { Note } from '../../../domain/records/note';
import { useAppServices } from '../../app/appServices';
import type { NoteDraftJournal } from '../../store/draftJournal';
import { updateNote } from '../../store/noteRepository';
import { usePersistedText } from './usePersistedText';

/** A short field: the text's journal covers a reload mid-word, a title is retyped in seconds. */
const noJournal: NoteDraftJournal = { write: () => undefined, clear: () => undefined };

/** Which document a "read" note is about, saved as it is typed. */
export function DocumentReferenceField({ note }: { note: Note }) {
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
