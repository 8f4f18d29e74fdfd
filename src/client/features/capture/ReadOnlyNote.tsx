import type { Note } from '../../../domain/records/note';
import { NotePhotos } from './NotePhotos';
import { TagSummary } from './TagSummary';
import { useTagOptions } from './useTagOptions';

/** A teammate's note: readable here, editable only by its author. */
export function ReadOnlyNote({ note, authorName }: { note: Note; authorName: string }) {
  const options = useTagOptions(note.engagementId);
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
