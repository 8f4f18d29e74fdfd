import type { Note } from '../../../domain/records/note';
import { firstWords } from './firstWords';

type Props = {
  groups: readonly Note[][];
  onMakeFinding: (noteIds: string[]) => void;
  onIgnore: (noteIds: string[]) => void;
};

/** Unassigned notes that say similar things, offered as findings; nothing moves until a tap. */
export function SimilarNoteGroups({ groups, onMakeFinding, onIgnore }: Props) {
  if (groups.length === 0) return null;
  return (
    <section className="board-suggestions" aria-labelledby="similar-notes">
      <h2 id="similar-notes">Similar notes</h2>
      <p className="muted">Unassigned notes that say similar things.</p>
      <ul aria-label="Similar notes">
        {groups.map((notes, index) => {
          const ids = notes.map((note) => note.id);
          const name = `group ${index + 1}`;
          return (
            <li key={ids.join(' ')}>
              <ul aria-label={`Similar notes, ${name}`}>
                {notes.map((note) => (
                  <li key={note.id}>{firstWords(note.text)}</li>
                ))}
              </ul>
              <button
                type="button"
                aria-label={`Make a finding from these ${notes.length} notes, ${name}`}
                onClick={() => onMakeFinding(ids)}
              >
                Make a finding from these
              </button>{' '}
              <button type="button" aria-label={`Ignore ${name}`} onClick={() => onIgnore(ids)}>
                Ignore
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
