import { z } from 'zod';
import { snapshotKindSchema } from './snapshotKind';
import { shortText, syncedRecordFields } from './syncedRecord';

/**
 * The record types whose text goes into an output, and so is checked for attribution.
 * Scope questions and themes came later: the list only grows, so acceptances stored before
 * stay valid on every device and on the server.
 */
export const checkedRecordTypes = [
  'finding',
  'recommendation',
  'outputDraft',
  'engagement',
  'scopeQuestion',
  'theme',
] as const;
export const checkedRecordTypeSchema = z.enum(checkedRecordTypes);
export type CheckedRecordType = z.infer<typeof checkedRecordTypeSchema>;

/**
 * The manager's decision that one hit of the non-attribution check is not an attribution
 * (e.g. "the Leader" used of a role held jointly). Kept, synced and shown in the audit of
 * every publication that relies on it. It holds the matched span exactly, so an edit that
 * changes the text around it brings the hit back only if the span itself changed.
 */
export const attributionAcceptanceSchema = z.object({
  ...syncedRecordFields,
  outputKind: snapshotKindSchema,
  recordType: checkedRecordTypeSchema,
  recordId: z.uuid(),
  /** The field of that record the span was found in, e.g. "headline" (a scope question's "text", a theme's "name"). */
  field: shortText(60).min(1),
  /** The matched span, exactly as it appears in the text. */
  span: shortText(500).min(1),
  reason: shortText(1000).min(1),
  /** Member who accepted it; the server sets it from the device token, never from the body. */
  acceptedById: z.uuid(),
  acceptedAt: z.iso.datetime(),
});
export type AttributionAcceptance = z.infer<typeof attributionAcceptanceSchema>;

/**
 * An acceptance as a publication recorded it when it was published: a copy, so taking the
 * acceptance back (or changing the text) later never rewrites what that publication relied
 * on. The output kind is the snapshot's own.
 */
export const recordedAcceptanceSchema = attributionAcceptanceSchema.pick({
  id: true,
  recordType: true,
  recordId: true,
  field: true,
  span: true,
  reason: true,
  acceptedById: true,
  acceptedAt: true,
});
export type RecordedAcceptance = z.infer<typeof recordedAcceptanceSchema>;
