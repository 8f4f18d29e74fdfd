import { ApiFailure } from '../apiFailure';
import type { Caller } from '../auth/authenticate';

/**
 * A device belongs to one engagement. Any other id answers 404 exactly as an unknown
 * one does, so a token cannot be used to learn which engagements exist.
 */
export function assertOwnEngagement(caller: Caller, engagementId: string): void {
  if (caller.engagementId !== engagementId) {
    throw new ApiFailure('not_found', 'No such engagement.');
  }
}
