import type { Note } from '../../../domain/records/note';

/** A teammate's note: readable here, editable only by its author. */
export function ReadOnlyNote({ note, authorName }: { note: Note; authorName: string }) {
  return (
    <article className="note note--read-only" aria-label={`Note by ${authorName}`}>
      <p className="note__text">{note.text || <em>(empty note)</em>}</p>
      <p className="muted">
        {authorName} · {note.evidenceType} · {note.stance}
        {note.isQuote ? ' · verbatim quote' : ''}
      </p>
    </article>
  );
}
