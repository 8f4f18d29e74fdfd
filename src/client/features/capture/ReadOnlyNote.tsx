import { memo } from 'react';
import type { Note } from '../../../domain/records/note';
import { NotePhotos } from './NotePhotos';
import { sameNote } from './sameNote';
import { TagSummary } from './TagSummary';
import { useTagOptions } from './tagOptions';

type ReadOnlyNoteProps = { note: Note; authorName: string };

/** Re-renders only when this note or its author's name changes, not on keystrokes elsewhere. */
export const ReadOnlyNote = memo(
  ReadOnlyNoteRow,
  (before: ReadOnlyNoteProps, after: ReadOnlyNoteProps) =>
    sameNote(before.note, after.note) && before.authorName === after.authorName,
);

/** A teammate's note: readable here, editable only by its author. */
function ReadOnlyNoteRow({ note, authorName }: ReadOnlyNoteProps) {
  const options = useTagOptions();
  return (
    <article className="note note--read-only" aria-label={`Note by ${authorName}`}>
      <p className="note__text">
        {note.isQuote && note.text ? <q>{note.text}</q> : note.text || <em>(empty note)</em>}
      </p>
      <p className="muted">
        {authorName} · {note.evidenceType} · {note.stance}
        {note.isQuote ? ' · verbatim quote' : ''}
        {note.documentReference ? ` · document: ${note.documentReference}` : ''}
      </p>
      <TagSummary note={note} options={options} />
      <NotePhotos note={note} editable={false} />
    </article>
  );
}
