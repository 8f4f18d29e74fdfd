import { useState, type FormEvent } from 'react';
import type { Engagement } from '../../../domain/records/engagement';
import { useAppServices } from '../../services/appServices';
import { useSaving } from '../../services/useSaving';
import { updateRolesToCheck } from '../../store/engagementRepository';

/**
 * Roles that would single one person out at this council (say "the Head of Commissioning"),
 * which the non-attribution check flags in the presentation and the letter alongside the
 * usual senior roles ("the Leader", "the Chief Executive" …).
 */
export function RolesToCheckSection({ engagement }: { engagement: Engagement }) {
  const { db } = useAppServices();
  const { run } = useSaving();
  const saved = engagement.rolesToCheck.join('\n');
  // Roles synced from another device show until this manager starts typing.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const [message, setMessage] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => updateRolesToCheck(db, engagement.id, text.split('\n')))) {
      setDraft(null);
      setMessage('Roles saved.');
    }
  };
  return (
    <section aria-labelledby="roles-to-check-heading">
      <h2 id="roles-to-check-heading">Roles to check in outputs</h2>
      <p className="muted" id="roles-to-check-hint">
        The check already flags the usual senior roles. Add any role here that only one person holds at this council,
        one per line, for example “the Head of Commissioning”.
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="roles-to-check">Roles to check, one per line</label>
        <textarea
          id="roles-to-check"
          aria-describedby="roles-to-check-hint"
          rows={4}
          value={text}
          onChange={(event) => {
            setDraft(event.target.value);
            setMessage('');
          }}
        />
        <button type="submit" disabled={text === saved}>
          Save roles
        </button>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
