import { recordAudit } from '../audit/recordAudit';
import type { EngagementErasure } from '../storage/erasureTx';
import type { Storage } from '../storage/storage';
import { uuid } from './adminDevices';
import { AdminError } from './adminError';

/** Thrown to roll back a dry run once its counts are known. */
class DryRun extends Error {
  constructor(readonly counts: EngagementErasure) {
    super('dry run');
  }
}

/**
 * Erases a whole engagement when its retention ends: every record, photo, device and
 * invite, in one transaction; every device's token stops working with it. Without
 * `confirmed` nothing is deleted: the same deletes run and are rolled back, so the
 * counts shown are exactly what `--yes` would erase.
 */
export async function deleteEngagement(
  storage: Storage,
  input: { engagementId: string; confirmed: boolean; now: Date },
): Promise<{ erased: EngagementErasure; done: boolean }> {
  const engagementId = uuid('engagement', input.engagementId);
  try {
    const erased = await storage.transaction(async (tx) => {
      const held = await tx.getRecord(engagementId, 'engagement', engagementId);
      if (!held && (await tx.listChanges(engagementId, 0, 1)).length === 0) {
        throw new AdminError(`--engagement: no engagement ${engagementId}`);
      }
      const counts = await tx.deleteEngagement(engagementId);
      if (!input.confirmed) throw new DryRun(counts);
      // The audit log outlives the engagement: its last entry says what went, and when.
      await recordAudit(tx, { engagementId, at: input.now.toISOString(), memberId: null }, [
        { kind: 'erased', detail: { recordType: 'engagement', recordId: engagementId, ...counts } },
      ]);
      return counts;
    });
    return { erased, done: true };
  } catch (error) {
    if (error instanceof DryRun) return { erased: error.counts, done: false };
    throw error;
  }
}

/** What the command prints. */
export function deleteEngagementLines(engagementId: string, result: { erased: EngagementErasure; done: boolean }) {
  const { records, photos, devices, invites } = result.erased;
  const what = `${records} records, ${photos} photos, ${devices} devices and ${invites} invites`;
  return result.done
    ? [`Engagement ${engagementId} erased: ${what}.`]
    : [
        `Engagement ${engagementId} holds ${what}. Nothing was erased.`,
        'Add --yes to erase it for good (take a backup first if it may be needed).',
      ];
}
