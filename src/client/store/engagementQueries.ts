import type { Engagement } from '../../domain/records/engagement';
import type { Member } from '../../domain/records/member';
import type { Session } from '../../domain/records/session';
import type { TriangulateDb } from './db';

/** Reads for the engagement and its timetable; components call these through useLiveQuery. */
export function getEngagement(db: TriangulateDb, engagementId: string): Promise<Engagement | undefined> {
  return db.engagement.get(engagementId);
}

export async function listSessions(db: TriangulateDb, engagementId: string): Promise<Session[]> {
  const sessions = await db.session.where('engagementId').equals(engagementId).toArray();
  return sessions.filter((session) => !session.deleted).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export async function getSession(db: TriangulateDb, sessionId: string): Promise<Session | undefined> {
  const session = await db.session.get(sessionId);
  return session?.deleted ? undefined : session;
}

export async function listMembers(db: TriangulateDb, engagementId: string): Promise<Member[]> {
  const members = await db.member.where('engagementId').equals(engagementId).toArray();
  return members.filter((member) => !member.deleted);
}
