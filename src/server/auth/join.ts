import { randomUUID } from 'node:crypto';
import type { JoinRequest, JoinResponse } from '../../domain/sync/protocol';
import { ApiFailure } from '../apiFailure';
import { recordAudit } from '../audit/recordAudit';
import type { Storage } from '../storage/storage';
import { activeMember } from './memberOf';
import { hashSecret, randomSecret } from './secrets';

const deviceTokenBytes = 32;

/** One message for unknown, used, revoked and expired codes: telling them apart helps only guessers. */
const invalidCode = () =>
  new ApiFailure(
    'bad_request',
    'This join link is not valid: it may have been used already or have expired. Ask your challenge manager for a new link.',
    'code',
  );

/**
 * Redeems a join code for a device token.
 * 1. Find the invite by the code's hash; it must be unused, unrevoked and unexpired.
 * 2. The member it names must still exist.
 * 3. Create the device with a fresh token (stored hashed) and mark the invite used,
 *    in the same transaction, so a code can never make two devices.
 */
export async function join(storage: Storage, request: JoinRequest, now: Date): Promise<JoinResponse> {
  return storage.transaction(async (tx) => {
    // 1.
    const invite = await tx.findInvite(hashSecret(request.code));
    if (!invite || invite.usedAt !== null || invite.revokedAt !== null) throw invalidCode();
    if (Date.parse(invite.expiresAt) <= now.getTime()) throw invalidCode();
    // 2.
    const member = await activeMember(tx, invite.engagementId, invite.memberId);
    if (!member) throw invalidCode();
    // 3.
    const deviceToken = randomSecret(deviceTokenBytes);
    const deviceId = randomUUID();
    await tx.insertDevice({
      id: deviceId,
      tokenHash: hashSecret(deviceToken),
      engagementId: invite.engagementId,
      memberId: member.id,
      createdAt: now.toISOString(),
      revokedAt: null,
      lastSeq: 0,
      lastSeenAt: now.toISOString(),
    });
    await tx.markInviteUsed(invite.codeHash, now.toISOString());
    const entry = { engagementId: invite.engagementId, at: now.toISOString(), memberId: member.id };
    await recordAudit(tx, entry, [{ kind: 'joined', detail: { deviceId } }]);
    return {
      deviceToken,
      deviceId,
      engagementId: invite.engagementId,
      memberId: member.id,
      role: member.role,
      displayName: member.displayName,
    };
  });
}
