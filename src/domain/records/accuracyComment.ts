import { z } from 'zod';
import { syncedRecordFields } from './syncedRecord';

/** Longest accuracy comment: a few paragraphs correcting a fact. */
export const accuracyCommentMaxLength = 5_000;

/**
 * A council member's factual-accuracy comment on a published snapshot: the council's
 * only write. The team reads these to correct the draft before it is final.
 */
export const accuracyCommentSchema = z.object({
  ...syncedRecordFields,
  /** The publishedSnapshot the comment is about. */
  snapshotId: z.uuid(),
  text: z.string().trim().min(1).max(accuracyCommentMaxLength),
  /** Member who wrote it; the server sets it from the device token, never from the body. */
  authorId: z.uuid(),
  /** When the comment was first written (ISO time). */
  createdAt: z.iso.datetime(),
});
export type AccuracyComment = z.infer<typeof accuracyCommentSchema>;
