import type { Conflict } from '../../domain/records/conflict';
import type { RecordType } from '../../domain/records/recordTypes';
import { settleConflict, type Settlement } from '../../domain/sync/settleConflict';
import type { TriangulateDb } from './db';
import { saveEdit, type EditableFields } from './saveEdit';
import type { ConflictedRecord } from './conflictQueries';

/**
 * Settles conflicts on one field of a record as the challenge manager chose: one edit,
 * naming the conflicts it settles, so it syncs to everyone and clears them there too.
 */
export async function settleConflicts(
  db: TriangulateDb,
  { recordType, record }: ConflictedRecord,
  field: string,
  conflicts: readonly Conflict[],
  settlement: Settlement,
): Promise<void> {
  const edit = settleConflict(record, field, conflicts, settlement);
  await saveEdit<RecordType>(db, {
    engagementId: record.engagementId,
    recordType,
    recordId: record.id,
    op: edit.op,
    // Checked against the record type's schema by saveEdit before anything is written.
    changes: edit.changes as Partial<EditableFields<RecordType>>,
    resolvedConflicts: edit.resolvedConflicts,
  });
}
