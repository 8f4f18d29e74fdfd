import { roleForPosition, type Member, type TeamPosition } from '../../domain/records/member';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';

/** Adds a team member or council contact; the record syncs like any other. */
export function addMember(
  db: TriangulateDb,
  engagementId: string,
  displayName: string,
  position: TeamPosition,
): Promise<Member> {
  return saveEdit(db, {
    engagementId,
    recordType: 'member',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    changes: { displayName, position, role: roleForPosition(position) },
  });
}
