import { z } from 'zod';
import { snapshotKindSchema } from './publishedSnapshot';
import { syncedRecordFields } from './syncedRecord';

/** Longest editable part of an output: a few paragraphs. */
export const outputDraftTextMaxLength = 10_000;
const draftText = z.string().max(outputDraftTextMaxLength);

/**
 * The challenge manager's own words around the findings in an output: one per kind
 * (presentation or summary letter). `contacts` holds the adviser's details, which the
 * non-attribution check does not scan (they name someone on purpose).
 */
export const outputDraftSchema = z.object({
  ...syncedRecordFields,
  kind: snapshotKindSchema,
  introduction: draftText,
  summary: draftText,
  nextSteps: draftText,
  contacts: draftText,
});
export type OutputDraft = z.infer<typeof outputDraftSchema>;
