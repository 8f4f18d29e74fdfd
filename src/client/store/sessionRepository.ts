import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';
import { saveEdit, type EditableFields } from './saveEdit';

export type SessionFields = Omit<EditableFields<'session'>, 'conflicts'>;

/** Creates a session (no id yet) or changes one; set fields go whole, saveEdit diffs them. */
export function saveSession(
  db: TriangulateDb,
  engagementId: string,
  sessionId: string | null,
  fields: SessionFields,
): Promise<Session> {
  return saveEdit(db, {
    engagementId,
    recordType: 'session',
    recordId: sessionId ?? crypto.randomUUID(),
    op: 'upsert',
    changes: fields,
  });
}

/** A tombstone: notes taken in the session keep pointing at it. */
export async function deleteSession(db: TriangulateDb, engagementId: string, sessionId: string): Promise<void> {
  await saveEdit(db, { engagementId, recordType: 'session', recordId: sessionId, op: 'delete', changes: {} });
}
