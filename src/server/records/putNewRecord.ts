import { recordSchemas, type RecordType } from '../../domain/records/recordTypes';
import type { WriteTx } from '../storage/storage';
import { councilRevFor } from '../sync/councilRecords';

/** A record made by the server itself (demo, admin): its own fields; sync adds the rest. */
export type NewRecord = { recordType: RecordType; id: string; fields: Record<string, unknown> };

/**
 * Stores a record the server creates, under the engagement's next rev, so devices pull
 * it like any pushed record. Parsed like a pushed record too: a mistake fails loudly.
 */
export async function putNewRecord(
  tx: WriteTx,
  engagementId: string,
  record: NewRecord,
  updatedAt: string,
): Promise<void> {
  const rev = await tx.nextRev(engagementId);
  const parsed = recordSchemas[record.recordType].parse({
    ...record.fields,
    id: record.id,
    engagementId,
    rev,
    updatedAt,
    deleted: false,
  });
  await tx.putRecord(record.recordType, parsed, {}, await councilRevFor(tx, record.recordType, undefined, parsed));
}
