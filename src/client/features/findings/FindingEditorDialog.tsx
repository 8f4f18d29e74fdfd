import { useState, type FormEvent } from 'react';
import { findingStatuses, findingStatusSchema, type Finding } from '../../../domain/records/finding';
import type { FindingEdits } from '../../store/findingRepository';
import { ModalDialog } from '../../ui/ModalDialog';
import { LaneSelect } from './LaneSelect';

type Props = {
  finding: Finding;
  /** Whether status may be changed here (the manager's). */
  canDecide: boolean;
  onSave: (changes: FindingEdits) => void;
  onClose: () => void;
};

/** Edits a finding's headline, explanation, lane and (the manager) status. */
export function FindingEditorDialog({ finding, canDecide, onSave, onClose }: Props) {
  const [headline, setHeadline] = useState(finding.headline);
  const [explanation, setExplanation] = useState(finding.explanation);
  const [lane, setLane] = useState(finding.lane);
  const [status, setStatus] = useState(finding.status);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ headline, explanation, lane, ...(canDecide ? { status } : {}) });
  };
  return (
    <ModalDialog title="Edit finding" onClose={onClose}>
      <form onSubmit={submit} className="finding-form">
        <label htmlFor="finding-headline">Headline</label>
        <input
          id="finding-headline"
          value={headline}
          maxLength={200}
          required
          onChange={(event) => setHeadline(event.target.value)}
        />
        <label htmlFor="finding-explanation">Explanation</label>
        <textarea
          id="finding-explanation"
          value={explanation}
          maxLength={5000}
          rows={5}
          onChange={(event) => setExplanation(event.target.value)}
        />
        <LaneSelect id="finding-lane" lane={lane} onChange={setLane} />
        {canDecide ? (
          <>
            <label htmlFor="finding-status">Status</label>
            <select
              id="finding-status"
              value={status}
              onChange={(event) => setStatus(findingStatusSchema.parse(event.target.value))}
            >
              {findingStatuses.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <div className="finding-form__buttons">
          <button type="submit">Save finding</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
