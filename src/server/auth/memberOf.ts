import { memberSchema, type Member } from '../../domain/records/member';
import type { ReadTx } from '../storage/storage';

/** The member record behind an invite or device, or undefined if it is gone or deleted. */
export async function activeMember(tx: ReadTx, engagementId: string, memberId: string): Promise<Member | undefined> {
  const stored = await tx.getRecord(engagementId, 'member', memberId);
  if (!stored) return undefined;
  const member = memberSchema.parse(stored.data);
  return member.deleted ? undefined : member;
}
