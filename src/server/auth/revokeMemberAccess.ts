import { recordAudit } from '../audit/recordAudit';
import type { WriteTx } from '../storage/storage';

/**
 * A deleted member's way in closes for good, in the transaction that deletes them: every
 * device is revoked and every unused join link withdrawn. A later upsert that revives the
 * member record (a stale offline edit from another of the manager's devices) brings none
 * of it back: nothing ever clears a revocation, so they must be invited again. Each
 * device and link that still worked gets its audit entry, by the member who deleted them.
 */
export async function revokeMemberAccess(
  tx: WriteTx,
  engagementId: string,
  memberId: string,
  at: string,
  by: string,
): Promise<void> {
  const entry = { engagementId, at, memberId: by };
  for (const device of await tx.listDevices(engagementId)) {
    if (device.memberId !== memberId) continue;
    await tx.revokeDevice(device.id, at);
    if (device.revokedAt === null) {
      await recordAudit(tx, entry, [{ kind: 'device-revoked', detail: { deviceId: device.id, memberId } }]);
    }
  }
  for (const invite of await tx.listInvites(engagementId)) {
    if (invite.memberId !== memberId || invite.usedAt !== null) continue;
    await tx.revokeInvite(engagementId, invite.id, at);
    if (invite.revokedAt === null) {
      await recordAudit(tx, entry, [{ kind: 'invite-revoked', detail: { inviteId: invite.id, memberId } }]);
    }
  }
}
