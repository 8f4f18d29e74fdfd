import type { ErasureResponse } from '../../domain/sync/erasureApi';
import type { Caller } from '../auth/authenticate';
import { requireRole } from '../auth/requireRole';
import type { Storage } from '../storage/storage';
import { assertOwnEngagement } from '../sync/assertEngagement';
import { eraseDeletedNotes } from './eraseDeletedNotes';

/**
 * The manager's "Empty deleted notes now": every deleted note of the engagement is
 * erased at once, whatever its age, with its photos. 404 for another engagement, 403
 * for anyone but the challenge manager.
 */
export async function emptyDeletedNotes(
  storage: Storage,
  caller: Caller,
  engagementId: string,
  now: Date,
): Promise<ErasureResponse> {
  assertOwnEngagement(caller, engagementId);
  requireRole(caller, ['manager'], 'empty the deleted notes');
  return { erased: await eraseDeletedNotes(storage, { now, engagementId, all: true, memberId: caller.memberId }) };
}
