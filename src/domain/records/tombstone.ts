import { z } from 'zod';
import { recordSchemas, type AnyRecord, type RecordSchemas, type RecordType } from './recordTypes';
import { syncedRecordFields } from './syncedRecord';

/**
 * A record erased down to its tombstone: `{id, rev, deleted: true}` and nothing else
 * (the engagement and time may ride along). Erasing personal data sends these, so a
 * record's words leave every copy while its id still says it once existed. Strict, so a
 * live record missing fields is never taken for one.
 */
export const tombstoneSchema = z.strictObject({
  id: syncedRecordFields.id,
  rev: syncedRecordFields.rev,
  deleted: z.literal(true),
  engagementId: syncedRecordFields.engagementId.optional(),
  updatedAt: syncedRecordFields.updatedAt.optional(),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

type WithTombstone<T extends RecordType> = z.ZodUnion<[RecordSchemas[T], typeof tombstoneSchema]>;
/** Built once per record type: a new schema on each call was compiled anew (zod/compile) on each parse. */
const built = new Map<RecordType, WithTombstone<RecordType>>();

/** A record of the type in full, or its bare tombstone. */
export function recordOrTombstoneSchema<T extends RecordType>(recordType: T): WithTombstone<T> {
  // The map's value for a type is the union built for that type just below.
  let schema = built.get(recordType) as WithTombstone<T> | undefined;
  if (!schema) {
    schema = z.union([recordSchemas[recordType], tombstoneSchema]);
    built.set(recordType, schema);
  }
  return schema;
}

/** True for a bare tombstone, false for a record in full. */
export function isTombstone(record: AnyRecord | Tombstone): record is Tombstone {
  return !('conflicts' in record);
}
