import { useCallback, useId, useState, type ReactNode } from 'react';
import type { Conflict } from '../../../domain/records/conflict';
import { setFields } from '../../../domain/records/setFields';
import { setChangeOf, type Settlement } from '../../../domain/sync/settleConflict';
import { useAppServices } from '../../services/appServices';
import { useReportStoreError, useStoreSaved } from '../../services/storeErrorReporter';
import type { ConflictedRecord, RecordsById } from '../../store/conflictQueries';
import { settleConflicts } from '../../store/conflictResolution';
import { toStoreError, type StoreError } from '../../store/storeError';
import { formatSessionTime } from '../../ui/formatTime';
import { fieldInWords, valueInWords, whoInWords } from './conflictWords';

/** Free-text fields: the manager may write a merged value instead of choosing one. */
const textFields = new Set([
  'text',
  'headline',
  'explanation',
  'title',
  'name',
  'location',
  'documentReference',
  'attendeeNames',
  'otherStakeholderGroup',
  'displayName',
  'council',
]);

type Props = {
  entry: ConflictedRecord;
  field: string;
  conflicts: Conflict[];
  recordsById: RecordsById;
  canSettle: boolean;
};

/** The conflicts on one field of a record: the value kept, the losing ones, and the choices. */
export function FieldConflicts({ entry, field, conflicts, recordsById, canSettle }: Props) {
  const { db } = useAppServices();
  const [error, setError] = useState<StoreError | null>(null);
  useReportStoreError(error, () => setError(null));
  const saved = useStoreSaved();
  const settle = useCallback(
    async (settled: Conflict[], settlement: Settlement) => {
      try {
        await settleConflicts(db, entry, field, settled, settlement);
        setError(null);
        saved();
      } catch (caught) {
        setError(toStoreError(caught));
      }
    },
    [db, entry, field, saved],
  );
  const legendId = useId();
  const record: Record<string, unknown> = entry.record;
  const current = record[field];
  const isSet = setFields[entry.recordType].includes(field);
  const words = fieldInWords(field);
  const when = (conflict: Conflict) => (
    <>
      {whoInWords(conflict.memberId, recordsById)}, <time dateTime={conflict.at}>{formatSessionTime(conflict.at)}</time>
    </>
  );
  // Who wrote the value that stayed: the server says so on each conflict since protocol 3.
  const keptBy = [...conflicts]
    .sort((a, b) => b.rev - a.rev)
    .find((conflict) => conflict.keptMemberId && conflict.keptAt);
  const keptWhen =
    keptBy?.keptMemberId && keptBy.keptAt ? (
      <>
        {whoInWords(keptBy.keptMemberId, recordsById)},{' '}
        <time dateTime={keptBy.keptAt}>{formatSessionTime(keptBy.keptAt)}</time>
      </>
    ) : null;

  return (
    <div role="group" aria-labelledby={legendId} className="field-conflicts">
      <h3 id={legendId}>{words.charAt(0).toUpperCase() + words.slice(1)}</h3>
      {isSet ? (
        <ul aria-label={`Set-aside changes to ${words}`}>
          {conflicts.map((conflict) => {
            const change = setChangeOf(conflict.value);
            return (
              <li key={`${conflict.rev}:${conflict.field}`}>
                <p>
                  {change ? setChangeInWords(change, recordsById) : valueInWords(conflict.value, recordsById)} —{' '}
                  {when(conflict)}
                </p>
                {canSettle && (
                  <p className="conflict-actions">
                    {change && (
                      <button
                        type="button"
                        onClick={() => void settle([conflict], { kind: 'apply set change', change })}
                      >
                        Apply this change
                      </button>
                    )}
                    <button type="button" onClick={() => void settle([conflict], { kind: 'keep' })}>
                      Dismiss this change
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <PlainFieldConflicts
          field={field}
          words={words}
          current={field === 'deleted' ? entry.record.deleted : current}
          conflicts={conflicts}
          recordsById={recordsById}
          canSettle={canSettle}
          when={when}
          keptWhen={keptWhen}
          settle={settle}
        />
      )}
      {error && <p role="alert">{error.message}</p>}
    </div>
  );
}

function setChangeInWords(change: { add: string[]; remove: string[] }, recordsById: RecordsById): string {
  const parts = [
    ...(change.add.length ? [`adds ${valueInWords(change.add, recordsById)}`] : []),
    ...(change.remove.length ? [`removes ${valueInWords(change.remove, recordsById)}`] : []),
  ];
  return parts.length ? parts.join('; ') : 'changes nothing';
}

function PlainFieldConflicts({
  field,
  words,
  current,
  conflicts,
  recordsById,
  canSettle,
  when,
  keptWhen,
  settle,
}: {
  field: string;
  words: string;
  current: unknown;
  conflicts: Conflict[];
  recordsById: RecordsById;
  canSettle: boolean;
  when: (conflict: Conflict) => ReactNode;
  /** Who wrote the kept value and when, where the server recorded it. */
  keptWhen: ReactNode;
  settle: (settled: Conflict[], settlement: Settlement) => Promise<void>;
}) {
  const mergeable = textFields.has(field) && typeof current === 'string';
  const [merged, setMerged] = useState(typeof current === 'string' ? current : '');
  const mergedId = useId();
  return (
    <>
      <p>
        <strong>Kept:</strong> <span className="conflict-value">{valueInWords(current, recordsById)}</span>
        {keptWhen ? <> — {keptWhen}</> : null}
      </p>
      <ul aria-label={`Set-aside values of ${words}`}>
        {conflicts.map((conflict) => (
          <li key={`${conflict.rev}:${conflict.field}`}>
            <p>
              <strong>Set aside:</strong>{' '}
              <span className="conflict-value">{valueInWords(conflict.value, recordsById)}</span> — {when(conflict)}
            </p>
            {canSettle && (
              <button type="button" onClick={() => void settle(conflicts, { kind: 'replace', value: conflict.value })}>
                Take this value
              </button>
            )}
          </li>
        ))}
      </ul>
      {canSettle && (
        <>
          <p className="conflict-actions">
            <button type="button" onClick={() => void settle(conflicts, { kind: 'keep' })}>
              Keep the current {words}
            </button>
          </p>
          {mergeable && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void settle(conflicts, { kind: 'replace', value: merged });
              }}
            >
              <label htmlFor={mergedId}>Merged {words}</label>
              <textarea id={mergedId} value={merged} onChange={(event) => setMerged(event.target.value)} rows={3} />
              <button type="submit">Save the merged {words}</button>
            </form>
          )}
        </>
      )}
    </>
  );
}
