import { memo } from 'react';
import { evidenceTypes, stances, type Note } from '../../../domain/records/note';
import { useAppServices } from '../../services/appServices';
import { updateNote } from '../../store/noteRepository';
import { sameNoteFields } from './sameNote';

type NoteChoicesProps = { note: Note };

/** Evidence type, stance and the quote flag of one of my notes, each saved when chosen. */
export const NoteChoices = memo(
  NoteChoicesFields,
  sameNoteFields<NoteChoicesProps>(['evidenceType', 'stance', 'isQuote']),
);

function NoteChoicesFields({ note }: NoteChoicesProps) {
  const { db } = useAppServices();
  const save = (changes: Parameters<typeof updateNote>[2]) => void updateNote(db, note, changes);
  return (
    <div className="note__choices">
      <label>
        Evidence type{' '}
        <select
          value={note.evidenceType}
          onChange={(event) => save({ evidenceType: evidenceTypes.find((t) => t === event.target.value) ?? 'heard' })}
        >
          {evidenceTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stance{' '}
        <select
          value={note.stance}
          onChange={(event) => save({ stance: stances.find((s) => s === event.target.value) ?? 'neutral' })}
        >
          {stances.map((stance) => (
            <option key={stance} value={stance}>
              {stance}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={note.isQuote} onChange={(event) => save({ isQuote: event.target.checked })} />
        Verbatim quote
      </label>
    </div>
  );
}
