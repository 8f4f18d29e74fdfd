import type { RecordedAcceptance } from '../../domain/records/attributionAcceptance';
import { publishedSnapshotSchema } from '../../domain/records/publishedSnapshot';
import type { AuditReportEvent } from '../audit/auditEvent';
import type { ReadTx, Storage } from '../storage/storage';
import { uuid } from './adminDevices';

const recordedOnSnapshot = publishedSnapshotSchema.pick({ acceptances: true });

/**
 * The engagement's audit log, oldest first, each publication's detail with the acceptances
 * its snapshot recorded (null when it recorded none). The engagement need not exist any more:
 * the log outlives an engagement erased when its retention ended.
 */
export async function readAudit(storage: Storage, engagementId: string): Promise<AuditReportEvent[]> {
  const id = uuid('engagement', engagementId);
  return storage.read(async (tx) => {
    const events = await tx.listAuditEvents(id);
    const reported: AuditReportEvent[] = [];
    for (const event of events) {
      if (event.kind !== 'published') reported.push(event);
      else {
        const acceptances = await recordedAcceptances(tx, id, event.detail.snapshotId);
        reported.push({ ...event, detail: { ...event.detail, acceptances } });
      }
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
    const { acceptances, ...rest } = event.detail;
    const detail = Object.entries(rest).map(([name, value]) => `${name}=${String(value ?? 'none')}`);
    const relied =
      acceptances === undefined
        ? []
        : Array.isArray(acceptances)
          ? [`accepted flags: ${acceptances.map(acceptanceWords).join('; ') || 'none'}`]
          : ['accepted flags: not recorded'];
    return [event.at, event.kind, who, ...detail, ...relied].join('  ');
  });
}
