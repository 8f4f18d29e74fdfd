import type { MemberRole } from '../../domain/records/member';
import type { Storage } from '../storage/storage';
import { activeMemberOf } from './memberOf';
import { hashSecret } from './secrets';

/** Who is calling: everything the server trusts comes from here, never from a body. */
export type Caller = {
  deviceId: string;
  engagementId: string;
  memberId: string;
  /** Read from the member record on every request, so a role change applies at once. */
  role: MemberRole;
};

export type Authenticated = {
  caller: Caller;
  /** When the device was last seen before this request (see lastSeen.ts). */
  lastSeenAt: string | null;
};

/**
 * Resolves a bearer token to its caller, or undefined when the token is unknown, the
 * device revoked, or the member deleted.
 */
export async function authenticate(storage: Storage, token: string): Promise<Authenticated | undefined> {
  const found = await storage.findSignedIn(hashSecret(token));
  if (!found || found.device.revokedAt !== null) return undefined;
  const { device } = found;
  const member = activeMemberOf(found.member);
  if (!member) return undefined;
  return {
    caller: { deviceId: device.id, engagementId: device.engagementId, memberId: member.id, role: member.role },
    lastSeenAt: device.lastSeenAt,
  };
}
