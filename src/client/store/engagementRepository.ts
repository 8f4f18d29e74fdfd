import type { Engagement } from '../../domain/records/engagement';
import type { TriangulateDb } from './db';
import { saveEdit, type EditableFields } from './saveEdit';

export type EngagementDetails = Pick<EditableFields<'engagement'>, 'council' | 'title' | 'onSiteFrom' | 'onSiteTo'>;

/** The manager corrects the engagement's council, title or dates; syncs like any edit. */
export function updateEngagementDetails(
  db: TriangulateDb,
  engagementId: string,
  details: Partial<EngagementDetails>,
): Promise<Engagement> {
  // An engagement's id is its own engagementId.
  return saveEdit(db, {
    engagementId,
    recordType: 'engagement',
    recordId: engagementId,
    op: 'upsert',
    changes: details,
  });
}

/**
 * The roles the non-attribution check flags at this council, beyond the usual senior ones:
 * one per line as typed, blank lines and repeats dropped. A set, so two devices' additions
 * both count.
 */
export function updateRolesToCheck(
  db: TriangulateDb,
  engagementId: string,
  roles: readonly string[],
): Promise<Engagement> {
  const cleaned = [...new Set(roles.map((role) => role.trim().replace(/\s+/g, ' ')).filter((role) => role !== ''))];
  return saveEdit(db, {
    engagementId,
    recordType: 'engagement',
    recordId: engagementId,
    op: 'upsert',
    changes: { rolesToCheck: cleaned },
  });
}
