import { memberSchema } from '../../domain/records/member';
import { publishedSnapshotSchema } from '../../domain/records/publishedSnapshot';
import type { AnyRecord, RecordType } from '../../domain/records/recordTypes';
import type { AuditEvent } from './auditEvent';

/** An audit entry a write makes, before its time and actor are known. */
export type AuditDraft = Pick<AuditEvent, 'kind' | 'detail'>;

// Built once: a schema made per call is compiled anew (zod/compile) on each parse.
const memberRole = memberSchema.pick({ role: true, deleted: true });
const snapshotFacts = publishedSnapshotSchema.pick({ kind: true, number: true, deleted: true });

const roleOf = (record: AnyRecord | undefined): string | null => {
  if (!record) return null;
  const member = memberRole.parse(record);
  return member.deleted ? null : member.role;
};

const snapshotOf = (record: AnyRecord) => snapshotFacts.parse(record);

/**
 * What a synced write changes that the audit log records: a member's role (null before
 * when the member is new or was deleted, null after when deleted), and a snapshot shared
 * with the council or withdrawn. Everything else writes no entry.
 */
export function auditOfWrite(recordType: RecordType, before: AnyRecord | undefined, after: AnyRecord): AuditDraft[] {
  if (recordType === 'member') {
    const from = roleOf(before);
    const to = roleOf(after);
    return from === to ? [] : [{ kind: 'role-changed', detail: { memberId: after.id, from, to } }];
  }
  if (recordType === 'publishedSnapshot') {
    const wasLive = before !== undefined && !before.deleted;
    const snapshot = snapshotOf(after);
    const detail = { snapshotId: after.id, output: snapshot.kind, number: snapshot.number };
    if (!wasLive && !snapshot.deleted) return [{ kind: 'published', detail }];
    if (wasLive && snapshot.deleted) return [{ kind: 'withdrawn', detail }];
  }
  return [];
}
