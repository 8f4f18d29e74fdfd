import { useState, type FormEvent } from 'react';
import { teamPositions, type TeamPosition } from '../../../domain/records/member';
import { useAppServices } from '../../services/appServices';
import { addMember } from '../../store/memberRepository';
import { toStoreError, type StoreError } from '../../store/storeError';

/** Adds a peer, a manager or a council contact; works offline, syncs later. */
export function AddMemberForm({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const [name, setName] = useState('');
  const [position, setPosition] = useState<TeamPosition>('officer peer');
  const [error, setError] = useState<StoreError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addMember(db, engagementId, name.trim(), position);
      setName('');
      setError(null);
    } catch (caught) {
      setError(toStoreError(caught));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add someone</h2>
      <div className="form-row">
        <label>
          Name
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
        </label>
        <label>
          Position
          <select
            value={position}
            onChange={(event) => setPosition(teamPositions.find((p) => p === event.target.value) ?? 'officer peer')}
          >
            {teamPositions.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Add
        </button>
      </div>
      {error ? <p role="alert">{error.message}</p> : null}
    </form>
  );
}
