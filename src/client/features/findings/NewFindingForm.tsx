import { useState, type FormEvent } from 'react';
import { type FindingLane } from '../../../domain/records/finding';
import { LaneSelect } from './LaneSelect';

type Props = {
  selectedCount: number;
  /** Whether the new finding starts proposed (a peer's always does). */
  proposedOnly: boolean;
  onCreate: (input: { headline: string; lane: FindingLane }) => Promise<boolean>;
};

/** "Make a finding": a headline and a lane, evidenced by the notes selected (or none yet). */
export function NewFindingForm({ selectedCount, proposedOnly, onCreate }: Props) {
  const [headline, setHeadline] = useState('');
  const [lane, setLane] = useState<FindingLane>('strength');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onCreate({ headline: headline.trim(), lane })) setHeadline('');
  };
  const what = selectedCount === 1 ? '1 selected note' : `${selectedCount} selected notes`;
  return (
    <form className="new-finding" onSubmit={(event) => void submit(event)} aria-label="Make a finding">
      <label htmlFor="new-finding-headline">New finding headline</label>
      <input
        id="new-finding-headline"
        value={headline}
        maxLength={200}
        required
        onChange={(event) => setHeadline(event.target.value)}
      />
      <LaneSelect id="new-finding-lane" lane={lane} onChange={setLane} />
      <button type="submit">{selectedCount > 0 ? `Make a finding from ${what}` : 'Make a finding'}</button>
      {proposedOnly ? <p className="muted">Your finding starts as proposed; the challenge manager agrees it.</p> : null}
    </form>
  );
}
