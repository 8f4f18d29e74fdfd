import type { Mutation } from '../../domain/sync/protocol';

/**
 * A mutation waiting to reach the server. "waiting" entries still absorb later edits to
 * the same record; once a push has "taken" an entry it is frozen, because the server may
 * already have applied it under that number.
 */
export type OutboxEntry = Mutation & {
  engagementId: string;
  state: 'waiting' | 'taken';
};
