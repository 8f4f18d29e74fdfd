import { useLiveQueryAfterStart } from '../services/useLiveQueryAfterStart';
import type { Mutation } from '../../domain/sync/protocol';
import { useAppServices } from '../services/appServices';
import { dismissRefusedEdit, listRefusedEdits, type RefusedEdit } from '../store/refusedEdit';

/** What a refused edit was about, in the users' words. */
const recordWords: Record<Mutation['recordType'], string> = {
  engagement: 'the engagement',
  theme: 'a theme',
  scopeQuestion: 'a scope question',
  member: 'a team member',
  session: 'a session',
  note: 'a note',
  publishedSnapshot: 'a published output',
  accuracyComment: 'a comment',
  finding: 'a finding',
  recommendation: 'a recommendation',
  stillToCover: 'the "still to cover" list',
  outputDraft: 'the words of an output',
  attributionAcceptance: 'an accepted check result',
};

/** The words the person wrote in the refused edit, so they can copy them elsewhere. */
function writtenText(mutation: Mutation): string | null {
  const texts = Object.values(mutation.changes).filter((value): value is string => typeof value === 'string');
  const longest = texts.sort((a, b) => b.length - a.length)[0];
  return longest && longest.trim() !== '' ? longest : null;
}

function RefusedChange({ refused, onDismiss }: { refused: RefusedEdit; onDismiss: () => void }) {
  const text = writtenText(refused.mutation);
  const what = `${refused.mutation.op === 'delete' ? 'Deleting' : 'A change to'} ${recordWords[refused.mutation.recordType]}`;
  return (
    <li>
      <p>
        {what} was refused by the server: {refused.refusal.message}
      </p>
      {text ? (
        <p>
          What it said: <q className="refused-change__text">{text}</q>
        </p>
      ) : null}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </li>
  );
}

/**
 * Changes the server refused (the role may not make them, or the record would be
 * invalid) left the outbox so the others could sync; they are listed here, with the
 * server's reason and what was written, until the person dismisses them.
 */
export function RefusedChanges({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  // None to show at first: the read begins once the app's start is over.
  const refused = useLiveQueryAfterStart(() => listRefusedEdits(db, engagementId), [db, engagementId], undefined);
  if (!refused || refused.length === 0) return null;
  const count = refused.length === 1 ? '1 change was' : `${refused.length} changes were`;
  return (
    <section className="refused-changes" role="status" aria-labelledby="refused-changes-heading">
      <h2 id="refused-changes-heading">{count} not saved on the server</h2>
      <ul>
        {refused.map((entry) => (
          <RefusedChange
            key={entry.seq}
            refused={entry}
            onDismiss={() => void dismissRefusedEdit(db, engagementId, entry.seq)}
          />
        ))}
      </ul>
    </section>
  );
}
