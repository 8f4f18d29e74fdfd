import { z } from 'zod';

/**
 * What the team hands the council: the feedback presentation or the summary letter. Its own
 * module so that both the published snapshot and the acceptances it records can name it.
 */
export const snapshotKinds = ['presentation', 'summary letter'] as const;
export const snapshotKindSchema = z.enum(snapshotKinds);
export type SnapshotKind = z.infer<typeof snapshotKindSchema>;
