import type { AuditEvent } from '../audit/auditEvent';
import type { Storage } from '../storage/storage';
import { uuid } from './adminDevices';

/**
 * The engagement's audit log, oldest first. The engagement need not exist any more: the
 * log outlives an engagement erased when its retention ended.
 */
export async function readAudit(storage: Storage, engagementId: string): Promise<AuditEvent[]> {
  const id = uuid('engagement', engagementId);
  return storage.read((tx) => tx.listAuditEvents(id));
}

/** The readable form: one line per entry, time first. */
export function auditLines(events: readonly AuditEvent[], engagementId: string): string[] {
  if (events.length === 0) return [`No audit entries for engagement ${engagementId}.`];
  return events.map((event) => {
    const who = event.memberId === null ? 'by the operator' : `by member ${event.memberId}`;
    const detail = Object.entries(event.detail).map(([name, value]) => `${name}=${value ?? 'none'}`);
    return [event.at, event.kind, who, ...detail].join('  ');
  });
}
