import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';
import { saveEdit, type EditableFields } from './saveEdit';

/** What the session form edits; cancelling is its own action. */
export type SessionFields = Omit<EditableFields<'session'>, 'conflicts' | 'cancelled'>;

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

/** Brings a deleted session back: an upsert revives a tombstone, on the server too. */
export async function restoreSession(db: TriangulateDb, engagementId: string, sessionId: string): Promise<void> {
  await saveEdit(db, { engagementId, recordType: 'session', recordId: sessionId, op: 'upsert', changes: {} });
}

/** Keeps a session, with its notes, as called off (or reinstates it). */
export async function setSessionCancelled(
  db: TriangulateDb,
  engagementId: string,
  sessionId: string,
  cancelled: boolean,
): Promise<void> {
  await saveEdit(db, {
    engagementId,
    recordType: 'session',
    recordId: sessionId,
    op: 'upsert',
    changes: { cancelled },
  });
}

/** How many live notes the session holds: what deleting it would leave behind. */
export async function countSessionNotes(db: TriangulateDb, engagementId: string, sessionId: string): Promise<number> {
  const notes = await db.note.where('[engagementId+sessionId]').equals([engagementId, sessionId]).toArray();
  return notes.filter((note) => !note.deleted).length;
}

/** Points notes at another session, in the caller's transaction. */
async function moveNotes(db: TriangulateDb, noteIds: readonly string[], toSessionId: string): Promise<void> {
  for (const note of await db.note.bulkGet([...noteIds])) {
    if (!note || note.sessionId === toSessionId) continue;
    await saveEdit(db, {
      engagementId: note.engagementId,
      recordType: 'note',
      recordId: note.id,
      op: 'upsert',
      changes: { sessionId: toSessionId },
    });
  }
}

/**
 * Moves every live note of a session to another, then deletes the session, in ONE
 * transaction: no moment leaves a note in a deleted session. Answers the notes moved,
 * which undo takes back.
 */
export async function moveNotesAndDeleteSession(
  db: TriangulateDb,
  engagementId: string,
  sessionId: string,
  toSessionId: string,
): Promise<string[]> {
  return db.transaction('rw', [db.session, db.note, db.outbox, db.deviceIdentity], async () => {
    const notes = await db.note.where('[engagementId+sessionId]').equals([engagementId, sessionId]).toArray();
    const moved = notes.filter((note) => !note.deleted).map((note) => note.id);
    await moveNotes(db, moved, toSessionId);
    await deleteSession(db, engagementId, sessionId);
    return moved;
  });
}

/** Undoes moveNotesAndDeleteSession: the session back, and the notes it held back in it. */
export async function undoMoveNotesAndDeleteSession(
  db: TriangulateDb,
  engagementId: string,
  sessionId: string,
  movedNoteIds: readonly string[],
): Promise<void> {
  await db.transaction('rw', [db.session, db.note, db.outbox, db.deviceIdentity], async () => {
    await restoreSession(db, engagementId, sessionId);
    await moveNotes(db, movedNoteIds, sessionId);
  });
}
