import { z } from 'zod';
import { shortText, syncedRecordFields } from './syncedRecord';

/** A question the council asked the peer challenge to answer. */
export const scopeQuestionSchema = z.object({
  ...syncedRecordFields,
  text: shortText(1000).min(1),
  /** Sort position in the engagement's list of scope questions. */
  position: z.number().int().min(0).max(1000),
});
export type ScopeQuestion = z.infer<typeof scopeQuestionSchema>;
