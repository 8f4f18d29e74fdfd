import { z } from 'zod';
import { syncedRecordFields } from './syncedRecord';

/** How the presentation and the letter group recommendations. */
export const recommendationKinds = ['presenting issue', 'wider strategy', 'quick win'] as const;
export const recommendationKindSchema = z.enum(recommendationKinds);
export type RecommendationKind = z.infer<typeof recommendationKindSchema>;

/** What the team recommends, resting on findings; written by the challenge manager. */
export const recommendationSchema = z.object({
  ...syncedRecordFields,
  /** Presenting issue (answers to the scope questions), wider strategy, or quick win. */
  kind: recommendationKindSchema,
  text: z.string().trim().max(2000),
  /** The findings it rests on (a set). */
  findingIds: z.array(z.uuid()).max(500),
  /** Order within its kind; fractional, ties go by id. */
  position: z.number().finite(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;
