import type { Note } from '../../../domain/records/note';

/** Deleted notes this person may bring back (their own; every note for the manager). */
export function DeletedNotes({
  notes,
  authorName,
  onRestore,
}: {
  notes: readonly Note[];
  authorName: (memberId: string) => string;
  onRestore: (note: Note) => void;
}) {
  if (notes.length === 0) return null;
  return (
    <details className="deleted-notes">
      <summary>Deleted notes ({notes.length})</summary>
      <ul>
        {notes.map((note) => (
          <li key={note.id} className="deleted-note">
            <span className="deleted-note__text">{note.text || <em>(empty note)</em>}</span>
            <span className="muted"> · {authorName(note.authorId)}</span>{' '}
            <button type="button" onClick={() => onRestore(note)} aria-label={`Restore note: ${excerpt(note.text)}`}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

function excerpt(text: string): string {
  if (!text) return '(empty note)';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
