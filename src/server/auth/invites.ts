import { randomUUID } from 'node:crypto';
import { defaultInviteDays } from '../../domain/sync/teamApi';
import type { InviteRow, WriteTx } from '../storage/storage';
import { hashSecret, randomSecret } from './secrets';

const inviteCodeBytes = 18;
const dayMs = 24 * 60 * 60 * 1000;

export type NewInvite = {
  engagementId: string;
  memberId: string;
  now: Date;
  days?: number;
};

/**
 * Stores a single-use invite. The code is returned in clear this once; only its hash is
 * kept, and the invite is named everywhere else by its id.
 */
export async function issueInvite(tx: WriteTx, invite: NewInvite): Promise<{ code: string; invite: InviteRow }> {
  const code = randomSecret(inviteCodeBytes);
  const days = invite.days ?? defaultInviteDays;
  const row: InviteRow = {
    id: randomUUID(),
    codeHash: hashSecret(code),
    engagementId: invite.engagementId,
    memberId: invite.memberId,
    createdAt: invite.now.toISOString(),
    expiresAt: new Date(invite.now.getTime() + days * dayMs).toISOString(),
    usedAt: null,
    revokedAt: null,
  };
  await tx.insertInvite(row);
  return { code, invite: row };
}

/** Stores a single-use invite and returns only its code (the demo and tests need no more). */
export async function createInvite(tx: WriteTx, invite: NewInvite): Promise<string> {
  return (await issueInvite(tx, invite)).code;
}

/** The join link for a code: what the manager sends to the member. */
export function joinUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/join/${code}`;
}
