import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { TriangulateDb } from '../../src/client/store/db';

/**
 * Reopens `db` so that, while `device.full` is true, every write to its note table fails
 * as a full disk fails it (a QuotaExceededError, which aborts the whole transaction).
 * The typing journal's own store (noteDraft) still takes writes, as the small ones can.
 */
export async function fullDeviceSwitch(
  db: TriangulateDb,
  device: { full: boolean } = { full: false },
): Promise<{ full: boolean }> {
  const failWhenFull = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    mutate: (request: DBCoreMutateRequest) =>
      device.full
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : table.mutate(request),
  });
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'full-device',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => (name === 'note' ? failWhenFull(down.table(name)) : down.table(name)),
    }),
  });
  await db.open();
  return device;
}
