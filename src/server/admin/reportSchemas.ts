import { z } from 'zod';
import { findingLaneSchema, findingStatusSchema } from '../../domain/records/finding';
import { evidenceTypeSchema } from '../../domain/records/note';
import { stakeholderGroupSchema } from '../../domain/records/session';
import { triangulationLabels } from '../../domain/findings/triangulation';
import { attributionHitKinds } from '../../domain/outputs/attributionCheck';
import { checkedRecordTypeSchema } from '../../domain/records/attributionAcceptance';

/**
 * What `admin findings --json`, `admin coverage --json` and `admin export --json` print: a contract other tools
 * rely on (docs/operations.md), so every object is strict and no key is added lightly.
 */
const count = z.number().int().min(0);

export const findingsReportSchema = z.strictObject({
  findings: z.array(
    z.strictObject({
      id: z.uuid(),
      themeId: z.uuid(),
      lane: findingLaneSchema,
      status: findingStatusSchema,
      headline: z.string(),
      noteIds: z.array(z.uuid()),
      label: z.enum(triangulationLabels),
      mixedEvidence: z.boolean(),
      counts: z.strictObject({ read: count, heard: count, seen: count, sessions: count, groups: count, peers: count }),
    }),
  ),
});
export type FindingsReport = z.infer<typeof findingsReportSchema>;

export const coverageReportSchema = z.strictObject({
  cells: z.array(
    z.union([
      z.strictObject({ themeId: z.uuid(), stakeholderGroup: stakeholderGroupSchema, notes: count }),
      z.strictObject({ themeId: z.uuid(), evidenceType: evidenceTypeSchema, notes: count }),
      z.strictObject({ scopeQuestionId: z.uuid(), stakeholderGroup: stakeholderGroupSchema, notes: count }),
      z.strictObject({ scopeQuestionId: z.uuid(), evidenceType: evidenceTypeSchema, notes: count }),
    ]),
  ),
});
export type CoverageReport = z.infer<typeof coverageReportSchema>;

/** `admin export --json` when the non-attribution check has unresolved hits (exit 3, no file). */
export const exportHitsReportSchema = z.strictObject({
  hits: z.array(
    z.strictObject({
      recordType: checkedRecordTypeSchema,
      recordId: z.uuid(),
      field: z.string(),
      /** The matched span exactly as it appears in the text. */
      text: z.string(),
      kind: z.enum(attributionHitKinds),
      reason: z.string(),
    }),
  ),
});
export type ExportHitsReport = z.infer<typeof exportHitsReportSchema>;

/** `admin export --json` when the file was written (exit 0). */
export const exportDoneReportSchema = z.union([
  z.strictObject({ file: z.string(), slides: count }),
  z.strictObject({ file: z.string(), paragraphs: count }),
]);
export type ExportDoneReport = z.infer<typeof exportDoneReportSchema>;
