import type { RecordedAcceptance } from '../../domain/records/attributionAcceptance';
import { publishedSnapshotSchema } from '../../domain/records/publishedSnapshot';
import type { AuditReportEvent } from '../audit/auditEvent';
import type { ReadTx, Storage } from '../storage/storage';
import { uuid } from './adminDevices';

const recordedOnSnapshot = publishedSnapshotSchema.pick({ acceptances: true });

/**
 * The engagement's audit log, oldest first, each publication with the acceptances its
 * snapshot recorded (null when it recorded none). The engagement need not exist any more:
 * the log outlives an engagement erased when its retention ended.
 */
export async function readAudit(storage: Storage, engagementId: string): Promise<AuditReportEvent[]> {
  const id = uuid('engagement', engagementId);
  return storage.read(async (tx) => {
    const events = await tx.listAuditEvents(id);
    const reported: AuditReportEvent[] = [];
    for (const event of events) {
      if (event.kind !== 'published') reported.push(event);
      else reported.push({ ...event, acceptances: await recordedAcceptances(tx, id, event.detail.snapshotId) });
    }
    return reported;
  });
}

/** What a snapshot recorded that it relied on; null when it recorded nothing or is gone. */
async function recordedAcceptances(
  tx: ReadTx,
  engagementId: string,
  snapshotId: unknown,
): Promise<RecordedAcceptance[] | null> {
  if (typeof snapshotId !== 'string') return null;
  const stored = await tx.getRecord(engagementId, 'publishedSnapshot', snapshotId);
  const parsed = stored ? recordedOnSnapshot.safeParse(stored.data) : undefined;
  return parsed?.success ? (parsed.data.acceptances ?? null) : null;
}

/** One acceptance in a readable line: what, where, why, who and when. */
const acceptanceWords = (one: RecordedAcceptance) =>
  `“${one.span}” in ${one.recordType} ${one.recordId} ${one.field}: ${one.reason} (accepted by member ${one.acceptedById}, ${one.acceptedAt})`.replace(
    /\s+/g,
    ' ',
  );

/** The readable form: one line per entry, time first; a publication ends with what it relied on. */
export function auditLines(events: readonly AuditReportEvent[], engagementId: string): string[] {
  if (events.length === 0) return [`No audit entries for engagement ${engagementId}.`];
  return events.map((event) => {
    const who = event.memberId === null ? 'by the operator' : `by member ${event.memberId}`;
    const detail = Object.entries(event.detail).map(([name, value]) => `${name}=${value ?? 'none'}`);
    const relied =
      event.acceptances === undefined
        ? []
        : event.acceptances === null
          ? ['accepted flags: not recorded']
          : [`accepted flags: ${event.acceptances.map(acceptanceWords).join('; ') || 'none'}`];
    return [event.at, event.kind, who, ...detail, ...relied].join('  ');
  });
}
