import type { OutputDraft } from '../../../domain/records/outputDraft';
import { outputDraftTextMaxLength } from '../../../domain/records/outputDraft';
import type { SnapshotKind } from '../../../domain/records/publishedSnapshot';
import { useAppServices } from '../../services/appServices';
import { saveDraftText, type DraftField } from '../../store/outputDraftRepository';
import { draftFieldName } from './outputWords';
import { usePersistedText } from '../../services/usePersistedText';

const fields: readonly { field: DraftField; hint: string }[] = [
  { field: 'introduction', hint: 'Opens the output, before the scope and what the team did.' },
  { field: 'summary', hint: 'The team’s overall message, before the themes.' },
  { field: 'nextSteps', hint: 'What happens after the peer challenge.' },
  { field: 'contacts', hint: 'The adviser’s details, one to a line. Not checked: it names someone on purpose.' },
];

/** The id of a draft text's box, so a flag's "Fix" can take the manager straight to it. */
export const draftFieldId = (kind: SnapshotKind, field: string) => `draft-${kind.replace(' ', '-')}-${field}`;

/** The manager's own words of one output, each box saved as it is typed (as notes are). */
export function DraftTexts({
  engagementId,
  kind,
  draft,
}: {
  engagementId: string;
  kind: SnapshotKind;
  draft: OutputDraft | null;
}) {
  return (
    <section aria-labelledby="draft-texts-heading" className="draft-texts no-print">
      <h2 id="draft-texts-heading">Your words</h2>
      <p className="muted">
        A line starting “- ” is a bullet. Each box is saved as you type; a blank box leaves its section out.
      </p>
      {fields.map(({ field, hint }) => (
        <DraftTextBox
          key={field}
          engagementId={engagementId}
          kind={kind}
          field={field}
          hint={hint}
          stored={draft?.[field] ?? ''}
        />
      ))}
    </section>
  );
}

function DraftTextBox(props: {
  engagementId: string;
  kind: SnapshotKind;
  field: DraftField;
  hint: string;
  stored: string;
}) {
  const { db } = useAppServices();
  const { engagementId, kind, field } = props;
  const text = usePersistedText(props.stored, (value) => saveDraftText(db, engagementId, kind, field, value));
  const id = draftFieldId(kind, field);
  return (
    <div className="draft-texts__field">
      <label htmlFor={id}>{draftFieldName(field)}</label>
      <p id={`${id}-hint`} className="muted">
        {props.hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={field === 'contacts' ? 4 : 6}
        maxLength={outputDraftTextMaxLength}
        value={text.text}
        onChange={(event) => text.onChange(event.target.value)}
        onFocus={text.onFocus}
        onBlur={text.onBlur}
      />
      {text.saveError ? (
        <p role="alert" className="error">
          Not saved yet: {text.saveError.message}
        </p>
      ) : null}
    </div>
  );
}
