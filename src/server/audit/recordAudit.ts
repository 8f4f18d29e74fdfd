import type { WriteTx } from '../storage/storage';
import type { AuditDraft } from './auditOfWrite';

/**
 * Appends entries to the engagement's audit log in the caller's transaction, so an
 * entry exists exactly when what it records was committed.
 */
export async function recordAudit(
  tx: WriteTx,
  entry: { engagementId: string; at: string; memberId: string | null },
  drafts: readonly AuditDraft[],
): Promise<void> {
  for (const draft of drafts) await tx.addAuditEvent({ ...entry, ...draft });
}
