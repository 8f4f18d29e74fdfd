import type { Finding } from '../../../domain/records/finding';
import { firstWords } from './firstWords';

export type NoteSuggestions = { noteId: string; noteText: string; findings: Finding[] };

type Props = {
  forNotes: readonly NoteSuggestions[];
  onAdd: (noteId: string, findingId: string) => void;
  onIgnore: (noteId: string, findingId: string) => void;
};

/** For each selected note, the findings it may support: only ever added with a tap. */
export function SuggestedFindings({ forNotes, onAdd, onIgnore }: Props) {
  const shown = forNotes.filter((entry) => entry.findings.length > 0);
  if (shown.length === 0) return null;
  return (
    <section className="board-suggestions" aria-labelledby="suggested-findings">
      <h2 id="suggested-findings">Suggested findings</h2>
      {shown.map(({ noteId, noteText, findings }) => (
        <div key={noteId}>
          <h3>For “{firstWords(noteText)}”</h3>
          <ul aria-label={`Suggested findings for: ${firstWords(noteText)}`}>
            {findings.map((finding) => (
              <li key={finding.id}>
                <span>{finding.headline}</span>{' '}
                <button
                  type="button"
                  aria-label={`Add to this finding: ${finding.headline}`}
                  onClick={() => onAdd(noteId, finding.id)}
                >
                  Add to this finding
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Ignore suggestion: ${finding.headline}`}
                  onClick={() => onIgnore(noteId, finding.id)}
                >
                  Ignore
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
