import { memberSchema, type Member } from '../../domain/records/member';
import type { ListedRecord, ReadTx } from '../storage/storage';

/** The member record behind an invite or device, or undefined if it is gone or deleted. */
export async function activeMember(tx: ReadTx, engagementId: string, memberId: string): Promise<Member | undefined> {
  return activeMemberOf(await tx.getRecord(engagementId, 'member', memberId));
}

/** The member a stored member record holds, or undefined if it is absent or deleted. */
export function activeMemberOf(stored: ListedRecord | undefined): Member | undefined {
  if (!stored) return undefined;
  const member = memberSchema.parse(stored.data);
  return member.deleted ? undefined : member;
}
