import { z } from 'zod';
import { shortText, syncedRecordFields } from './syncedRecord';

/** A theme the team works to; its own record so two people can edit themes without colliding. */
export const themeSchema = z.object({
  ...syncedRecordFields,
  name: shortText(200).min(1),
  /** Sort position in the engagement's theme list. */
  position: z.number().int().min(0).max(1000),
});
export type Theme = z.infer<typeof themeSchema>;
