import { recordSchemas, type AnyRecord } from '../../domain/records/recordTypes';
import { withPendingEdits } from '../../domain/sync/coalesce';
import type { Change } from '../../domain/sync/protocol';
import type { TriangulateDb } from './db';
import { StoreError } from './storeError';

/**
 * Stores one page of pulled changes and the new cursor in one transaction. Edits still in
 * the outbox are laid back over each pulled record, so nothing typed here is lost.
 */
export async function applyPulledChanges(
  db: TriangulateDb,
  engagementId: string,
  changes: readonly Change[],
  cursor: number,
): Promise<void> {
  const parsed = changes.map((change, index) => {
    const result = recordSchemas[change.recordType].safeParse(change.record);
    if (!result.success) {
      throw new StoreError('invalid_record', `The server sent an invalid ${change.recordType}`, `changes.${index}`);
    }
    return { recordType: change.recordType, record: result.data as AnyRecord };
  });
  const tables = [...new Set(parsed.map((change) => db.recordTable(change.recordType)))];
  await db.transaction('rw', [db.outbox, db.deviceIdentity, ...tables], async () => {
    for (const { recordType, record } of parsed) {
      const pending = await db.outbox.where('[engagementId+recordId]').equals([engagementId, record.id]).sortBy('seq');
      await db.recordTable(recordType).put(withPendingEdits(record, pending));
    }
    await db.deviceIdentity.update(engagementId, { pullCursor: cursor });
  });
}
