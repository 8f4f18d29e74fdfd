import { z } from 'zod';
import { syncedRecordFields } from './syncedRecord';

/** Longest accuracy comment: a few paragraphs correcting a fact. */
export const accuracyCommentMaxLength = 5_000;

/** Open: waiting for the team; answered: the team replied; closed: settled, nothing more to do. */
export const commentStatuses = ['open', 'answered', 'closed'] as const;
export const commentStatusSchema = z.enum(commentStatuses);
export type CommentStatus = z.infer<typeof commentStatusSchema>;

/**
 * What the council sees in `authorId` of a comment a team member wrote: no member's id
 * leaves the team, and the council's screens show it as "the review team".
 */
export const reviewTeamAuthorId = '00000000-0000-0000-0000-000000000000';

/**
 * A council member's factual-accuracy comment on a section or paragraph of a published
 * snapshot: the council's only write. The team reads these to correct the draft before it
 * is final; the challenge manager answers and closes them.
 */
export const accuracyCommentSchema = z.object({
  ...syncedRecordFields,
  /** The publishedSnapshot the comment is about. */
  snapshotId: z.uuid(),
  text: z.string().trim().min(1).max(accuracyCommentMaxLength),
  /** The section of the snapshot's body the comment is about (index into `body.sections`). */
  sectionIndex: z.number().int().min(0).default(0),
  /** The paragraph or list within that section (index into its `blocks`); null for the whole section. */
  blockIndex: z.number().int().min(0).nullable().default(null),
  /** Set by the challenge manager; a council member's new comment is always open. */
  status: commentStatusSchema.default('open'),
  /** The team's reply, written by the challenge manager; empty until answered. */
  answer: z.string().trim().max(accuracyCommentMaxLength).default(''),
  /**
   * Member who wrote it; the server sets it from the device token, never from the body.
   * The council receives `reviewTeamAuthorId` in place of a team member's id.
   */
  authorId: z.uuid(),
  /** When the comment was first written (ISO time). */
  createdAt: z.iso.datetime(),
});
export type AccuracyComment = z.infer<typeof accuracyCommentSchema>;
