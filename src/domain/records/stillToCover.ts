import { z } from 'zod';
import { evidenceTypeSchema } from './note';
import { stakeholderGroupSchema } from './session';
import { shortText, syncedRecordFields } from './syncedRecord';

/**
 * A coverage cell: a theme or a scope question against a stakeholder group or an
 * evidence type (exactly one of each pair is set).
 */
export const coverageCellSchema = z
  .object({
    themeId: z.uuid().nullable(),
    scopeQuestionId: z.uuid().nullable(),
    stakeholderGroup: stakeholderGroupSchema.nullable(),
    evidenceType: evidenceTypeSchema.nullable(),
  })
  .refine((cell) => (cell.themeId === null) !== (cell.scopeQuestionId === null), {
    message: 'a cell has a theme or a scope question',
  })
  .refine((cell) => (cell.stakeholderGroup === null) !== (cell.evidenceType === null), {
    message: 'a cell has a stakeholder group or an evidence type',
  });
export type CoverageCell = z.infer<typeof coverageCellSchema>;

/**
 * One line of the "still to cover" list the challenge manager keeps each evening, which
 * every peer sees on Today the next morning: a gap or thin cell of the coverage, or a
 * line of the manager's own words.
 */
export const stillToCoverSchema = z.object({
  ...syncedRecordFields,
  /** The coverage cell this line is about; null for a line of free text. */
  cell: coverageCellSchema.nullable(),
  /** The manager's words: what to ask or whom to see. */
  text: shortText(500),
  /** Order in the list; fractional, ties go by id. */
  position: z.number().finite(),
  /** Ticked off once covered. */
  done: z.boolean(),
});
export type StillToCover = z.infer<typeof stillToCoverSchema>;
