import { toListedRecord, toSafeInt, type ListedColumns } from './storedRows';
import type { ChangesRead } from './storage';

/** A row of readChangesQuery: the identity, seq and counters repeat; the page's columns are null when it is empty. */
export type ChangesColumns = { [K in keyof ListedColumns]: ListedColumns[K] | null } & {
  server_identity: string;
  device_last_seq: string | null;
  counter: string | null;
  council_counter: string | null;
};

/**
 * A team pull in one statement ($1 engagement, $2 since, $3 limit, $4 device or null):
 * the server's identity, the device's last seq, the engagement's counters, and the page
 * of records after the cursor (one row of nulls when there is none). The function
 * (migration 9) reads the page by its index however stale the table's statistics.
 */
export const readChangesQuery = 'SELECT * FROM triangulate_read_changes($1, $2, $3, $4)';

export function toChangesRead(rows: readonly ChangesColumns[]): ChangesRead {
  const first = rows[0];
  const listed: ListedColumns[] = [];
  for (const { record_type, data, rev, council_rev } of rows) {
    if (record_type !== null && data !== null && rev !== null) listed.push({ record_type, data, rev, council_rev });
  }
  return {
    identity: first?.server_identity ?? '',
    deviceLastSeq:
      first?.device_last_seq === null || first?.device_last_seq === undefined
        ? undefined
        : toSafeInt(first.device_last_seq, 'last_seq'),
    counters: {
      rev: first?.counter ? toSafeInt(first.counter, 'counter') : 0,
      councilRev: first?.council_counter ? toSafeInt(first.council_counter, 'council_counter') : 0,
    },
    rows: listed.map(toListedRecord),
  };
}
