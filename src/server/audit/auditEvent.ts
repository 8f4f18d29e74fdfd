import { z } from 'zod';
import { recordedAcceptanceSchema } from '../../domain/records/attributionAcceptance';

/**
 * What the audit log records (docs/operations.md): who joined, whose role changed, what
 * was revoked, published, withdrawn or erased. Ids and roles only: never a name, a note's
 * words or a secret, so the log can be shown to whoever checks the engagement.
 */
export const auditKinds = [
  'joined',
  'role-changed',
  'device-revoked',
  'invite-revoked',
  'published',
  'withdrawn',
  'erased',
] as const;
export const auditKindSchema = z.enum(auditKinds);
export type AuditKind = z.infer<typeof auditKindSchema>;

/** A detail value: an id, a role, a number, or null for "none" (e.g. no role before). */
const detailValue = z.union([z.string().max(200), z.number(), z.null()]);

/** One entry as `admin audit --json` prints it: a contract, so strict. */
export const auditEventSchema = z.strictObject({
  at: z.iso.datetime(),
  kind: auditKindSchema,
  /** The member who acted; null when the operator did it from the admin command line. */
  memberId: z.uuid().nullable(),
  detail: z.record(z.string(), detailValue),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/**
 * An entry as `admin audit` reports it: the same four keys (a contract). A `published`
 * entry's `detail` also holds `acceptances`, what the snapshot recorded it relied on when it
 * was published (the snapshot is their one record: the log itself keeps ids and numbers
 * only), or null where it recorded none: published before they were recorded, or the
 * engagement since erased.
 */
export const auditReportEventSchema = auditEventSchema.extend({
  detail: z.record(z.string(), z.union([detailValue, z.array(recordedAcceptanceSchema)])),
});
export type AuditReportEvent = z.infer<typeof auditReportEventSchema>;

export const auditReportSchema = z.strictObject({ events: z.array(auditReportEventSchema) });
export type AuditReport = z.infer<typeof auditReportSchema>;
