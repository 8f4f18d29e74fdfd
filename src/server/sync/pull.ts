import { maxChangesPerPull } from '../../domain/sync/limits';
import { protocolVersion, schemaVersion } from '../../domain/sync/protocol';
import { canRead } from '../../domain/sync/permissions';
import { ApiFailure } from '../apiFailure';
import type { Caller } from '../auth/authenticate';
import type { ListedRecord, ReadTx, Storage } from '../storage/storage';
import { assertOwnEngagement } from './assertEngagement';
import { councilCopy, councilMembersOf } from './councilRecords';
import type { PullAnswer } from './pullAnswer';
import { assertProtocolVersion } from './protocolVersion';
import { checkHistoryForPull, historyAt, readHistory, type PullHistory, type SyncedWith } from './serverIdentity';

/** Query and header values of a pull, as sent; validated here. */
export type PullInput = {
  since: string | undefined;
  /** The `X-Protocol-Version` header: optional on a GET, checked when present. */
  protocolVersion: string | undefined;
  /** The `serverIdentity` query value: the history the device last synced with. */
  serverIdentity?: string | undefined;
  /** The `acknowledgedSeq` query value: the highest seq the server answered it under that history. */
  acknowledgedSeq?: string | undefined;
};

/** The pull's query values naming the device's history, checked like `since`. */
function parseSyncedWith(input: PullInput): SyncedWith {
  const { serverIdentity, acknowledgedSeq } = input;
  if (serverIdentity !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(serverIdentity)) {
    throw new ApiFailure('bad_request', 'serverIdentity must be the identity the server gave.', 'serverIdentity');
  }
  if (acknowledgedSeq !== undefined && !/^\d{1,15}$/.test(acknowledgedSeq)) {
    throw new ApiFailure('bad_request', 'acknowledgedSeq must be a whole number of 0 or more.', 'acknowledgedSeq');
  }
  return {
    ...(serverIdentity !== undefined ? { serverIdentity } : {}),
    ...(acknowledgedSeq !== undefined ? { acknowledgedSeq: Number(acknowledgedSeq) } : {}),
  };
}

/** `since` is absent (start from the beginning) or a whole number of 0 or more. */
function parseSince(since: string | undefined): number {
  if (since === undefined) return 0;
  if (!/^\d{1,15}$/.test(since)) {
    throw new ApiFailure(
      'bad_request',
      'since must be a whole number of 0 or more (the cursor from the last pull).',
      'since',
    );
  }
  return Number(since);
}

/**
 * Returns the engagement's changes after a cursor.
 * 1. The token's engagement must be the one addressed (else 404); an old protocol
 *    named in the header gets 426.
 * 2. `since` must be a cursor. A device that synced with another history of the server
 *    (a restore; serverIdentity.ts) gets no changes, only the server's identity.
 * 3. The council pulls by its own counter (councilPage); the team by the engagement's.
 * 4. Read one more record than a page holds, in rev order, to know whether more wait.
 * 5. The cursor is the rev of the last record scanned, even one the role may not read,
 *    so the next page starts after it; with nothing new it stays at `since`.
 * 6. Only records the caller's role may read are returned; tombstones travel too.
 */
export async function pull(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  input: PullInput,
): Promise<PullAnswer> {
  // 1.
  assertOwnEngagement(caller, engagementId);
  if (input.protocolVersion !== undefined) assertProtocolVersion({ protocolVersion: Number(input.protocolVersion) });
  // 2.
  const since = parseSince(input.since);
  const syncedWith = parseSyncedWith(input);
  // One snapshot reads the history check and the page: a pull stays one read.
  const read: PullRead =
    caller.role === 'council'
      ? await storage.read(async (tx) => {
          const found = await historyOf(tx, caller, engagementId, syncedWith, since);
          // 3.
          return found.state === 'current' ? { found, council: await councilPage(tx, engagementId, since) } : { found };
        })
      : await teamRead(storage, caller, engagementId, syncedWith, since);
  const history = await checkHistoryForPull(storage, read.found);
  const serverIdentity = history.identity;
  // The device pulled from another history (a restore): it re-sends and pulls from 0.
  const { rows, council } = read;
  if (history.state !== 'changed' && council) return { protocolVersion, schemaVersion, ...council, serverIdentity };
  if (history.state === 'changed' || !rows) {
    return { protocolVersion, schemaVersion, changes: [], cursor: 0, hasMore: false, serverIdentity };
  }
  const hasMore = rows.length > maxChangesPerPull;
  const page = hasMore ? rows.slice(0, maxChangesPerPull) : rows;
  // 5.
  const cursor = page.at(-1)?.rev ?? since;
  // 6.
  const changes = page
    .filter((row) => canRead(caller.role, row.recordType))
    .map((row) => ({ recordType: row.recordType, recordJson: row.json }));
  return { protocolVersion, schemaVersion, changes, cursor, hasMore, serverIdentity };
}

/**
 * The council's pull reads only what the council may see, by the engagement's council
 * counter: its cursor and every rev it is shown are council change numbers, which move
 * only when a snapshot or comment changes as the council sees it, so polling tells it
 * nothing of the team's work. Each record is the council's copy (councilView): a
 * withdrawn snapshot bare, no conflicts, no team member's id.
 */
async function councilPage(
  tx: ReadTx,
  engagementId: string,
  since: number,
): Promise<Pick<PullAnswer, 'changes' | 'cursor' | 'hasMore'>> {
  const rows = await tx.listCouncilChanges(engagementId, since, maxChangesPerPull + 1);
  const isCouncilMember = await councilMembersOf(tx, engagementId);
  const hasMore = rows.length > maxChangesPerPull;
  const page = hasMore ? rows.slice(0, maxChangesPerPull) : rows;
  const cursor = page.at(-1)?.councilRev ?? since;
  const changes = page.flatMap((row) => {
    const record = councilCopy(row, isCouncilMember);
    return record ? [{ recordType: row.recordType, recordJson: JSON.stringify(record) }] : [];
  });
  return { changes, cursor, hasMore };
}

/** The history check and, when the device is current, the page: the team's rows or the council's page. */
type PullRead = {
  found: PullHistory;
  rows?: ListedRecord[];
  council?: Pick<PullAnswer, 'changes' | 'cursor' | 'hasMore'>;
};

/**
 * A team pull's history check and page (4.) in one read (Storage.readChanges): on
 * PostgreSQL one statement. A device that names no identity is not read.
 */
async function teamRead(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  syncedWith: SyncedWith,
  since: number,
): Promise<PullRead> {
  const named = syncedWith.serverIdentity !== undefined;
  const read = await storage.readChanges(
    engagementId,
    since,
    maxChangesPerPull + 1,
    named ? caller.deviceId : undefined,
  );
  const found =
    !named || read.deviceLastSeq === undefined
      ? { identity: read.identity, state: 'current' as const }
      : historyAt(read.identity, read.deviceLastSeq, syncedWith, since > read.counters.rev);
  return found.state === 'current' ? { found, rows: read.rows } : { found };
}

/**
 * The pull's history check (serverIdentity.ts), in the pull's snapshot: an app naming no
 * identity costs one read; one naming it, the device's row and the counters too.
 */
async function historyOf(
  tx: ReadTx,
  caller: Caller,
  engagementId: string,
  syncedWith: SyncedWith,
  since: number,
): Promise<PullHistory> {
  const device = syncedWith.serverIdentity === undefined ? undefined : await tx.findDevice(caller.deviceId);
  if (!device) return { identity: await tx.serverIdentity(), state: 'current' };
  const counters = await tx.changeCounters(engagementId);
  const last = caller.role === 'council' ? counters.councilRev : counters.rev;
  return readHistory(tx, device, syncedWith, since > last);
}
