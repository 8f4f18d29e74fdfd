import { recordSchemas, type AnyRecord, type RecordType } from '../../domain/records/recordTypes';
import type { WriteTx } from '../storage/storage';
import { councilRevFor } from '../sync/councilRecords';
import type { NewRecord } from './putNewRecord';

/** A record the server made, already parsed: only its rev is still to come. */
export type PreparedRecord = { recordType: RecordType; record: AnyRecord };

/**
 * Parses many records the server creates before any transaction opens, so a mistake
 * fails loudly and the transaction that writes them does nothing but write.
 */
export function prepareNewRecords(
  engagementId: string,
  records: readonly NewRecord[],
  updatedAt: string,
): PreparedRecord[] {
  return records.map(({ recordType, id, fields }) => ({
    recordType,
    record: recordSchemas[recordType].parse({ ...fields, id, engagementId, rev: 0, updatedAt, deleted: false }),
  }));
}

/** Stores prepared records in order, each under the engagement's next rev, as putNewRecord does. */
export async function putPreparedRecords(tx: WriteTx, prepared: readonly PreparedRecord[]): Promise<void> {
  for (const { recordType, record } of prepared) {
    const numbered = { ...record, rev: await tx.nextRev(record.engagementId) };
    await tx.putRecord(recordType, numbered, {}, await councilRevFor(tx, recordType, undefined, numbered));
  }
}
