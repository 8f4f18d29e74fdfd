import type { WriteTx } from '../storage/storage';
import { hashSecret, randomSecret } from './secrets';

/** How long a join link works unless the caller says otherwise. */
export const defaultInviteDays = 14;
const inviteCodeBytes = 18;
const dayMs = 24 * 60 * 60 * 1000;

export type NewInvite = {
  engagementId: string;
  memberId: string;
  now: Date;
  days?: number;
};

/** Stores a single-use invite and returns its code: the only time the code exists in clear. */
export async function createInvite(tx: WriteTx, invite: NewInvite): Promise<string> {
  const code = randomSecret(inviteCodeBytes);
  const days = invite.days ?? defaultInviteDays;
  await tx.insertInvite({
    codeHash: hashSecret(code),
    engagementId: invite.engagementId,
    memberId: invite.memberId,
    expiresAt: new Date(invite.now.getTime() + days * dayMs).toISOString(),
    usedAt: null,
    revokedAt: null,
  });
  return code;
}
