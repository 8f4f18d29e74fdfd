import type { Member } from '../../domain/records/member';
import type { Note } from '../../domain/records/note';
import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { Session } from '../../domain/records/session';
import type { Theme } from '../../domain/records/theme';
import type { TriangulateDb } from './db';

/**
 * What note search reads from the device. The search index is built in memory from
 * these reads and never written back: notes will be encryptable, so no plain-text copy
 * may sit beside them.
 */

/** Every live note of the engagement (tombstones left out), in no particular order. */
export async function listEngagementNotes(db: TriangulateDb, engagementId: string): Promise<Note[]> {
  const notes = await db.note.where('engagementId').equals(engagementId).toArray();
  return notes.filter((note) => !note.deleted);
}

/** The names the search screen shows for tags, sessions and authors. */
export type SearchVocabulary = {
  themes: Theme[];
  scopeQuestions: ScopeQuestion[];
  sessions: Session[];
  /** Deleted sessions: a note of one (kept, reachable) still names where it was said. */
  deletedSessions: Session[];
  members: Member[];
};

const live = <T extends { deleted: boolean }>(records: T[]): T[] => records.filter((record) => !record.deleted);
const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

export async function getSearchVocabulary(db: TriangulateDb, engagementId: string): Promise<SearchVocabulary> {
  const [themes, scopeQuestions, sessions, members] = await Promise.all([
    db.theme.where('engagementId').equals(engagementId).toArray(),
    db.scopeQuestion.where('engagementId').equals(engagementId).toArray(),
    db.session.where('engagementId').equals(engagementId).toArray(),
    db.member.where('engagementId').equals(engagementId).toArray(),
  ]);
  return {
    themes: live(themes).sort(byPosition),
    scopeQuestions: live(scopeQuestions).sort(byPosition),
    sessions: live(sessions).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    deletedSessions: sessions.filter((session) => session.deleted),
    members: live(members).sort((a, b) => a.displayName.localeCompare(b.displayName)),
  };
}
