import type { WriteTx } from '../storage/storage';

/**
 * A deleted member's way in closes for good, in the transaction that deletes them: every
 * device is revoked and every unused join link withdrawn. A later upsert that revives the
 * member record (a stale offline edit from another of the manager's devices) brings none
 * of it back: nothing ever clears a revocation, so they must be invited again.
 */
export async function revokeMemberAccess(
  tx: WriteTx,
  engagementId: string,
  memberId: string,
  at: string,
): Promise<void> {
  for (const device of await tx.listDevices(engagementId)) {
    if (device.memberId === memberId) await tx.revokeDevice(device.id, at);
  }
  for (const invite of await tx.listInvites(engagementId)) {
    if (invite.memberId === memberId && invite.usedAt === null) await tx.revokeInvite(engagementId, invite.id, at);
  }
}
