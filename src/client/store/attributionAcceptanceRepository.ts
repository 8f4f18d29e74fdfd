import type { AttributionHit } from '../../domain/outputs/attributionCheck';
import type { AttributionAcceptance } from '../../domain/records/attributionAcceptance';
import type { SnapshotKind } from '../../domain/records/publishedSnapshot';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';

/** The engagement's live acceptances of the non-attribution check's hits. */
export async function listAcceptances(db: TriangulateDb, engagementId: string): Promise<AttributionAcceptance[]> {
  const all = await db.attributionAcceptance.where('engagementId').equals(engagementId).toArray();
  return all.filter((acceptance) => !acceptance.deleted);
}

/**
 * Records that one hit is not an attribution, for this kind of output only, with the
 * manager's reason. `acceptedById` is this device's member; the server sets it again from
 * the device token.
 */
export function acceptHit(
  db: TriangulateDb,
  input: { engagementId: string; outputKind: SnapshotKind; hit: AttributionHit; reason: string; memberId: string },
): Promise<AttributionAcceptance> {
  const { hit } = input;
  return saveEdit(db, {
    engagementId: input.engagementId,
    recordType: 'attributionAcceptance',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    changes: {
      outputKind: input.outputKind,
      recordType: hit.recordType,
      recordId: hit.recordId,
      field: hit.field,
      span: hit.text,
      reason: input.reason,
      acceptedById: input.memberId,
      acceptedAt: new Date().toISOString(),
    },
  });
}

/** Takes an acceptance back: its hit is unresolved again. */
export function withdrawAcceptance(db: TriangulateDb, engagementId: string, acceptanceId: string): Promise<unknown> {
  return saveEdit(db, {
    engagementId,
    recordType: 'attributionAcceptance',
    recordId: acceptanceId,
    op: 'delete',
    changes: {},
  });
}
