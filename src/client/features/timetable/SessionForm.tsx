import { useState, type FormEvent } from 'react';
import type { Member } from '../../../domain/records/member';
import { sessionKinds, stakeholderGroups, type StakeholderGroup } from '../../../domain/records/session';
import type { SessionFields } from '../../store/sessionRepository';
import { CheckboxGroup } from './CheckboxGroup';
import { type DraftErrors, fieldsFromDraft, type SessionDraft } from './sessionDraft';
import { TextField } from './TextField';

type Props = {
  initial: SessionDraft;
  /** Members who can take notes (peers and managers). */
  noteTakers: readonly Member[];
  onSave: (fields: SessionFields) => Promise<void>;
};

/** Every field of a session; checked before saving, with a message by each wrong field. */
export function SessionForm({ initial, noteTakers, onSave }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const set = <K extends keyof SessionDraft>(field: K, value: SessionDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = fieldsFromDraft(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await onSave(result.fields);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="session-form">
      <TextField
        id="session-title"
        label="Title"
        value={draft.title}
        onChange={(v) => set('title', v)}
        error={errors.title}
        maxLength={200}
      />
      <div className="form-row">
        <TextField
          id="session-date"
          label="Day"
          type="date"
          value={draft.date}
          onChange={(v) => set('date', v)}
          error={errors.date}
        />
        <TextField
          id="session-start"
          label="Starts"
          type="time"
          value={draft.startTime}
          onChange={(v) => set('startTime', v)}
          error={errors.startTime}
        />
        <TextField
          id="session-end"
          label="Ends"
          type="time"
          value={draft.endTime}
          onChange={(v) => set('endTime', v)}
          error={errors.endTime}
        />
      </div>
      <div className="field">
        <label htmlFor="session-kind">Kind</label>
        <select
          id="session-kind"
          value={draft.kind}
          onChange={(event) => set('kind', sessionKinds.find((k) => k === event.target.value) ?? 'other')}
        >
          {sessionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </div>
      <CheckboxGroup
        legend="Stakeholder groups"
        options={stakeholderGroups.map((group) => ({ value: group, label: group }))}
        checked={draft.stakeholderGroups}
        onChange={(checked) =>
          set(
            'stakeholderGroups',
            stakeholderGroups.filter((group: StakeholderGroup) => checked.includes(group)),
          )
        }
      />
      {draft.stakeholderGroups.includes('other') ? (
        <TextField
          id="session-other-group"
          label="Describe the other group"
          value={draft.otherStakeholderGroup}
          onChange={(v) => set('otherStakeholderGroup', v)}
          error={errors.otherStakeholderGroup}
          maxLength={200}
        />
      ) : null}
      <TextField
        id="session-location"
        label="Location"
        value={draft.location}
        onChange={(v) => set('location', v)}
        error={errors.location}
        maxLength={200}
      />
      <CheckboxGroup
        legend="Peers taking notes"
        options={noteTakers.map((member) => ({
          value: member.id,
          label: `${member.displayName} (${member.position})`,
        }))}
        checked={draft.assignedMemberIds}
        onChange={(checked) => set('assignedMemberIds', checked)}
      />
      <TextField
        id="session-attendee-count"
        label="Attendee count"
        type="number"
        value={draft.attendeeCount}
        onChange={(v) => set('attendeeCount', v)}
        error={errors.attendeeCount}
      />
      <TextField
        id="session-attendee-names"
        label="Names (kept within the team, never in any output)"
        multiline
        value={draft.attendeeNames}
        onChange={(v) => set('attendeeNames', v)}
        error={errors.attendeeNames}
        maxLength={2000}
      />
      <p className="muted">Names are optional: the count and the stakeholder groups are all the findings use.</p>
      <button type="submit" className="primary">
        Save session
      </button>
      {Object.keys(errors).length > 0 ? <p role="alert">Check the fields marked above.</p> : null}
    </form>
  );
}
