import { z } from 'zod';
import { joinResponseSchema } from '../../domain/sync/protocol';

/** What this device holds after joining one engagement with an invite link. */
export const deviceIdentitySchema = joinResponseSchema.extend({
  /**
   * Next outbox sequence number for this device. Taken inside each edit's transaction,
   * so two tabs sharing the database never hand out the same number.
   */
  nextSeq: z.number().int().min(1),
  /** Server change number up to which this device has pulled. */
  pullCursor: z.number().int().min(0),
  /** Answer of navigator.storage.persist() at join: false means the browser may evict data. */
  storagePersisted: z.boolean().nullable(),
  /**
   * The join codes this device has spent on this engagement, so that opening the same
   * link again goes straight in instead of asking the server, which refuses a used code.
   * A spent code opens nothing on the server any more. Absent on rows from before.
   */
  joinCodes: z.array(z.string().max(128)).max(100).optional(),
});
/** The join's answer (token, device, member, role, name) and this device's counters. */
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;
