import { z } from 'zod';
import { mutationSchema } from '../../domain/sync/protocol';

/**
 * A mutation waiting to reach the server. "waiting" entries still absorb later edits to
 * the same record; once a push has "taken" an entry it is frozen, because the server may
 * already have applied it under that number.
 */
export const outboxEntrySchema = mutationSchema.extend({
  engagementId: z.uuid(),
  state: z.enum(['waiting', 'taken']),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
