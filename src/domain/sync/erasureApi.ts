import { z } from 'zod';

/** The answer to "Empty deleted notes now" (POST /api/engagements/:id/deleted-notes/erase). */
export const erasureResponseSchema = z.object({
  erased: z.object({
    /** Deleted notes erased to their bare tombstones. */
    notes: z.number().int().min(0),
    /** Photo files deleted with them. */
    photos: z.number().int().min(0),
  }),
});
export type ErasureResponse = z.infer<typeof erasureResponseSchema>;
