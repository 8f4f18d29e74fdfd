import { useId } from 'react';
import type { Conflict } from '../../../domain/records/conflict';
import type { ConflictedRecord, RecordsById } from '../../store/conflictQueries';
import { recordInWords } from './conflictWords';
import { FieldConflicts } from './FieldConflicts';

/** One record's conflicts, field by field. */
export function ConflictedRecordSection({
  entry,
  recordsById,
  canSettle,
}: {
  entry: ConflictedRecord;
  recordsById: RecordsById;
  canSettle: boolean;
}) {
  const headingId = useId();
  const byField = new Map<string, Conflict[]>();
  for (const conflict of entry.record.conflicts) {
    byField.set(conflict.field, [...(byField.get(conflict.field) ?? []), conflict]);
  }
  return (
    <section aria-labelledby={headingId} className="conflicted-record">
      <h2 id={headingId}>{recordInWords(entry, recordsById)}</h2>
      {[...byField].map(([field, conflicts]) => (
        <FieldConflicts
          key={field}
          entry={entry}
          field={field}
          conflicts={conflicts}
          recordsById={recordsById}
          canSettle={canSettle}
        />
      ))}
    </section>
  );
}
