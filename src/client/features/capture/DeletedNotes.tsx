import type { Note } from '../../../domain/records/note';
import { WindowVirtualList } from '../../ui/WindowVirtualList';

const noteKey = (note: Note) => note.id;

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
      {/* A manager's list can run to hundreds over an engagement: past 50 only rows near the screen render. */}
      <WindowVirtualList
        items={notes}
        getKey={noteKey}
        label="Deleted notes"
        estimatedRowHeight={56}
        virtualiseFrom={51}
        overscan={12}
        className="deleted-notes__list"
        renderRow={(note) => (
          <div className="deleted-note">
            <span className="deleted-note__text">{note.text || <em>(empty note)</em>}</span>
            <span className="muted"> · {authorName(note.authorId)}</span>{' '}
            <button type="button" onClick={() => onRestore(note)} aria-label={`Restore note: ${excerpt(note.text)}`}>
              Restore
            </button>
          </div>
        )}
      />
    </details>
  );
}

function excerpt(text: string): string {
  if (!text) return '(empty note)';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
