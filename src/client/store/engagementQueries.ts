import { deletedSessionsHoldingNotes } from '../../domain/records/whatUsesIt';
import type { Engagement } from '../../domain/records/engagement';
import type { Member } from '../../domain/records/member';
import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';
import { inWrittenOrder } from '../../domain/records/writtenOrder';

/** Reads for the engagement and its timetable; components call these through useLiveQuery. */
export function getEngagement(db: TriangulateDb, engagementId: string): Promise<Engagement | undefined> {
  return db.engagement.get(engagementId);
}

export async function listSessions(db: TriangulateDb, engagementId: string): Promise<Session[]> {
  const sessions = await db.session.where('engagementId').equals(engagementId).toArray();
  return sessions.filter((session) => !session.deleted).sort((a, b) => inWrittenOrder(a.startsAt, b.startsAt));
}

export async function getSession(db: TriangulateDb, sessionId: string): Promise<Session | undefined> {
  const session = await db.session.get(sessionId);
  return session?.deleted ? undefined : session;
}

export async function listMembers(db: TriangulateDb, engagementId: string): Promise<Member[]> {
  const members = await db.member.where('engagementId').equals(engagementId).toArray();
  return members.filter((member) => !member.deleted);
}

/**
 * The session a notes screen opens: a live one, or a deleted one that still holds live
 * notes (one arrived by sync after the delete), so no note is ever out of reach.
 */
export async function getSessionHoldingNotes(db: TriangulateDb, sessionId: string): Promise<Session | undefined> {
  const session = await db.session.get(sessionId);
  if (!session?.deleted) return session;
  const notes = await db.note.where('[engagementId+sessionId]').equals([session.engagementId, sessionId]).toArray();
  return deletedSessionsHoldingNotes([session], notes)[0];
}

/** Deleted sessions that still hold live notes, by start: the timetable lists them. */
export async function listDeletedSessionsHoldingNotes(db: TriangulateDb, engagementId: string): Promise<Session[]> {
  const deleted = (await db.session.where('engagementId').equals(engagementId).toArray()).filter(
    (session) => session.deleted,
  );
  // Deleted sessions are few: each one's notes are read by the index, never all notes.
  const notes = await db.note
    .where('[engagementId+sessionId]')
    .anyOf(deleted.map((session) => [engagementId, session.id]))
    .toArray();
  return deletedSessionsHoldingNotes(deleted, notes).sort((a, b) => inWrittenOrder(a.startsAt, b.startsAt));
}
