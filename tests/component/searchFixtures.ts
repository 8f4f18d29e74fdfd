import type { Member } from '../../src/domain/records/member';
import type { Note } from '../../src/domain/records/note';
import type { ScopeQuestion } from '../../src/domain/records/scopeQuestion';
import type { Session } from '../../src/domain/records/session';
import type { Theme } from '../../src/domain/records/theme';
import type { TriangulateDb } from '../../src/client/store/db';
import { engagementId, memberId, session } from '../unit/storeFixtures';

const base = { engagementId, rev: 1, updatedAt: '2026-11-23T08:00:00.000Z', deleted: false, conflicts: [] };

export const carersSession: Session = {
  ...session,
  id: '2a2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  title: 'Carers focus group',
  stakeholderGroups: ['carers'],
  startsAt: '2026-11-23T13:00:00.000Z',
  endsAt: '2026-11-23T14:00:00.000Z',
};
export const theme: Theme = {
  ...base,
  id: '3b3e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  name: 'Working together',
  position: 0,
};
export const otherTheme: Theme = {
  ...base,
  id: '3c3e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  name: 'Commissioning',
  position: 1,
};
export const scopeQuestion: ScopeQuestion = {
  ...base,
  id: '4d4e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  text: 'Do assessments offer real alternatives to residential care?',
  position: 0,
};
export const me: Member = { ...base, id: memberId, displayName: 'Priya Shah', role: 'peer', position: 'officer peer' };
export const colleague: Member = {
  ...base,
  id: '5e5e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
  displayName: 'Sam Okafor',
  role: 'peer',
  position: 'lead peer',
};

let counter = 0;
/** A valid note in the test engagement; ids are unique per call. */
export function makeNote(text: string, extra: Partial<Note> = {}): Note {
  counter += 1;
  const time = new Date(Date.parse('2026-11-23T10:00:00.000Z') + counter * 1000).toISOString();
  return {
    ...base,
    id: crypto.randomUUID(),
    updatedAt: time,
    createdAt: time,
    sessionId: session.id,
    text,
    evidenceType: 'heard',
    themeIds: [],
    scopeQuestionIds: [],
    stance: 'neutral',
    isQuote: false,
    authorId: memberId,
    documentReference: '',
    photoIds: [],
    ...extra,
  };
}

export async function seedSearchRecords(db: TriangulateDb, notes: Note[]): Promise<void> {
  await db.session.bulkPut([session, carersSession]);
  await db.theme.bulkPut([theme, otherTheme]);
  await db.scopeQuestion.put(scopeQuestion);
  await db.member.bulkPut([me, colleague]);
  await db.note.bulkPut(notes);
}
