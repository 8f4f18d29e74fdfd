import type { AnyRecord, RecordType } from '../../domain/records/recordTypes';
import { changesCouncilView, councilView, type IsCouncilMember } from '../../domain/sync/councilView';
import { canRead } from '../../domain/sync/permissions';
import type { Mutation } from '../../domain/sync/protocol';
import type { ListedRecord, ReadTx, StoredRecord, WriteTx } from '../storage/storage';

/**
 * The council change number a write stores the record under: a new one when the write
 * changes what the council sees of it, the one it had when it does not, and null for a
 * type the council never reads. Call after nextRev (which makes the counter row).
 */
export async function councilRevFor(
  tx: WriteTx,
  recordType: RecordType,
  stored: StoredRecord | undefined,
  record: AnyRecord,
): Promise<number | null> {
  // A type the council never reads takes no number: its view need not be worked out.
  if (!canRead('council', recordType)) return stored?.councilRev ?? null;
  const after: Record<string, unknown> = record;
  if (!changesCouncilView(recordType, stored?.data, after)) {
    return stored?.councilRev ?? null;
  }
  return tx.nextCouncilRev(record.engagementId);
}

/** Tells council members' ids from the team's, by the engagement's member records. */
export async function councilMembersOf(tx: ReadTx, engagementId: string): Promise<IsCouncilMember> {
  const members = await tx.listRecords(engagementId, 'member');
  const council = new Set(members.filter((row) => row.data.role === 'council').map((row) => row.data.id));
  return (memberId) => council.has(memberId);
}

/** A stored record as the council may see it (see councilView), or null for one it may not. */
export function councilCopy(stored: ListedRecord, isCouncilMember: IsCouncilMember): Record<string, unknown> | null {
  return councilView(stored.recordType, stored.data, stored.councilRev ?? 0, isCouncilMember) ?? null;
}

/**
 * A council device edits from the revs it was shown, which are council change numbers.
 * The server compares field stamps in the engagement's numbers, so a base equal to (or
 * past) the record's council number means "the record as it stands"; an older base is
 * taken as "before any of it", so another device's write since counts as concurrent and
 * nothing of it is lost.
 */
export function baseRevsFromCouncil(mutation: Mutation, stored: StoredRecord | undefined): Mutation {
  if (!stored) return { ...mutation, baseRevs: {} };
  const current = stored.councilRev ?? 0;
  const baseRevs = Object.fromEntries(
    Object.entries(mutation.baseRevs).map(([field, base]) => [field, base >= current ? stored.rev : 0]),
  );
  return { ...mutation, baseRevs };
}
