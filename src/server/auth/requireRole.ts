import type { MemberRole } from '../../domain/records/member';
import { ApiFailure } from '../apiFailure';
import type { Caller } from './authenticate';

/**
 * 403 unless the caller has one of the roles. Call it after the engagement check, so
 * another engagement's id still answers 404 whatever the role.
 */
export function requireRole(caller: Caller, roles: readonly MemberRole[], action: string): void {
  if (!roles.includes(caller.role)) {
    throw new ApiFailure('forbidden', `A ${caller.role} may not ${action}.`);
  }
}
