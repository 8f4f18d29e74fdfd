import { z } from 'zod';
import { jsonValueSchema } from './jsonValue';

/**
 * A value that lost a concurrent edit of the same field. Sync keeps it on the record so
 * the challenge manager can choose; server order decided which value stayed, never clocks.
 */
export const conflictSchema = z.object({
  /** The field both edits changed; "deleted" for a delete that lost to an edit. */
  field: z.string().min(1).max(64),
  /** The value that did not stay. */
  value: jsonValueSchema,
  /** Who sent it (from their device token). */
  memberId: z.uuid(),
  /** The server change number at which it arrived. */
  rev: z.number().int().min(0),
  /** Server time at which it arrived. */
  at: z.iso.datetime(),
  /**
   * Who wrote the value that stayed, and when it reached the server, where the server
   * knows (it records both since protocol 3): so both sides show who and when.
   */
  keptMemberId: z.uuid().optional(),
  keptAt: z.iso.datetime().optional(),
});
export type Conflict = z.infer<typeof conflictSchema>;

/** Most conflicts kept on one record; the oldest beyond this are dropped first. */
export const maxConflictsPerRecord = 100;
