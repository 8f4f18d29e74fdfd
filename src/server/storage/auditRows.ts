import { auditEventSchema, type AuditEvent } from '../audit/auditEvent';

/** An audit_events row as both databases return it. */
export type AuditColumns = { at: string; kind: string; member_id: string | null; detail: string };

/** Checked on the way out too: the admin's JSON is a contract. */
export const toAuditEvent = (row: AuditColumns): AuditEvent =>
  auditEventSchema.parse({ at: row.at, kind: row.kind, memberId: row.member_id, detail: JSON.parse(row.detail) });
