import { z } from 'zod';
import {
  createInviteRequestSchema,
  type CreateInviteResponse,
  type Invite,
  type InviteListResponse,
  type InviteResponse,
  type InviteStatus,
} from '../../domain/sync/teamApi';
import { ApiFailure } from '../apiFailure';
import { recordAudit } from '../audit/recordAudit';
import { parseInput } from '../parseInput';
import type { InviteRow, Storage } from '../storage/storage';
import { assertOwnEngagement } from '../sync/assertEngagement';
import type { Caller } from './authenticate';
import { issueInvite, joinUrl } from './invites';
import { activeMember } from './memberOf';
import { requireRole } from './requireRole';

export type InviteOptions = { publicUrl: string; now: Date };

function statusOf(row: InviteRow, now: Date): InviteStatus {
  if (row.revokedAt !== null) return 'revoked';
  if (row.usedAt !== null) return 'used';
  return Date.parse(row.expiresAt) <= now.getTime() ? 'expired' : 'pending';
}

/** An invite as the API shows it: the stored row without its code hash. */
export function toInvite(row: InviteRow, now: Date): Invite {
  const { id, memberId, createdAt, expiresAt, usedAt, revokedAt } = row;
  return { id, memberId, createdAt, expiresAt, usedAt, revokedAt, status: statusOf(row, now) };
}

/** Only the engagement's manager handles invites; another engagement is not there at all. */
function assertManagerOf(caller: Caller, engagementId: string, action: string): void {
  assertOwnEngagement(caller, engagementId);
  requireRole(caller, ['manager'], action);
}

/**
 * Makes a join link for a member of the engagement.
 * 1. 404 for another engagement, 403 unless the caller is its manager.
 * 2. Only then is the body read and checked, so nobody else learns what it should hold.
 * 3. The member must be on the server and not deleted: a manager's new member record
 *    has to sync before it can be invited.
 * 4. The invite is stored hashed; the code is in this answer only.
 */
export async function createTeamInvite(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  readBody: () => Promise<unknown>,
  options: InviteOptions,
): Promise<CreateInviteResponse> {
  // 1.
  assertManagerOf(caller, engagementId, 'invite people');
  // 2.
  const request = parseInput(createInviteRequestSchema, await readBody());
  return storage.transaction(async (tx) => {
    // 3.
    if (!(await activeMember(tx, engagementId, request.memberId))) {
      throw new ApiFailure('bad_request', 'No such member in this engagement (sync the new member first).', 'memberId');
    }
    // 4.
    const { code, invite } = await issueInvite(tx, {
      engagementId,
      memberId: request.memberId,
      now: options.now,
      days: request.expiresInDays,
    });
    return { invite: toInvite(invite, options.now), code, url: joinUrl(options.publicUrl, code) };
  });
}

/** Every invite of the engagement, oldest first, for the manager. */
export async function listTeamInvites(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  now: Date,
): Promise<InviteListResponse> {
  assertManagerOf(caller, engagementId, 'see invites');
  const rows = await storage.read((tx) => tx.listInvites(engagementId));
  return { invites: rows.map((row) => toInvite(row, now)) };
}

/** Stops an invite from being used; revoking twice keeps the first time. A used invite's device is not affected. */
export async function revokeTeamInvite(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  inviteId: string,
  now: Date,
): Promise<InviteResponse> {
  assertManagerOf(caller, engagementId, 'revoke invites');
  const id = parseInput(z.uuid(), inviteId, 'inviteId');
  return storage.transaction(async (tx) => {
    const invite = await tx.findInviteById(engagementId, id);
    if (!invite) throw new ApiFailure('not_found', 'No such invite.', 'inviteId');
    await tx.revokeInvite(engagementId, id, now.toISOString());
    if (invite.revokedAt === null) {
      const entry = { engagementId, at: now.toISOString(), memberId: caller.memberId };
      await recordAudit(tx, entry, [{ kind: 'invite-revoked', detail: { inviteId: id, memberId: invite.memberId } }]);
    }
    const revoked = await tx.findInviteById(engagementId, id);
    if (!revoked) throw new Error('invite vanished while being revoked');
    return { invite: toInvite(revoked, now) };
  });
}
