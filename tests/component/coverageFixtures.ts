import type { TriangulateDb } from '../../src/client/store/db';
import type { StillToCover } from '../../src/domain/records/stillToCover';
import { testNote, testScopeQuestion, testSession, testStillToCover, testTheme } from '../support/testEvidence';
import { memberId } from '../unit/storeFixtures';
import { engagementDb } from './setupHarness';

/** One theme and one scope question; carers heard in s1, managers seen and heard in s2. */
export const theme = { ...testTheme('d4d4d4d4-0000-4000-8000-000000000001', 0), name: 'Leadership' };
export const question = {
  ...testScopeQuestion('e5e5e5e5-0000-4000-8000-000000000001', 0),
  text: 'How well do carers get support?',
};
const carers = testSession('f6f6f6f6-0000-4000-8000-000000000001', ['carers']);
const managers = testSession('f6f6f6f6-0000-4000-8000-000000000002', ['managers']);

const note = (type: 'read' | 'heard' | 'seen', sessionId: string, tags: { theme?: boolean; question?: boolean }) =>
  testNote(type, sessionId, {
    id: crypto.randomUUID(),
    authorId: memberId,
    themeIds: tags.theme ? [theme.id] : [],
    scopeQuestionIds: tags.question ? [question.id] : [],
  });

/**
 * Leadership: carers 3 (heard), managers 1 (seen); read 0, heard 3, seen 1.
 * The question: managers 2 (heard); read 0, heard 2, seen 0.
 */
const notes = [
  note('heard', carers.id, { theme: true }),
  note('heard', carers.id, { theme: true }),
  note('heard', carers.id, { theme: true }),
  note('seen', managers.id, { theme: true }),
  note('heard', managers.id, { question: true }),
  note('heard', managers.id, { question: true }),
  { ...note('read', carers.id, { theme: true }), deleted: true },
];

/** A line of the manager's own words. */
export const textLine = (id: string, position: number, text: string, done = false): StillToCover =>
  testStillToCover(id, position, null, { text, done });

export async function coverageDb(lines: StillToCover[] = []): Promise<TriangulateDb> {
  const db = await engagementDb([carers, managers]);
  await db.theme.put(theme);
  await db.scopeQuestion.put(question);
  await db.note.bulkPut(notes);
  await db.stillToCover.bulkPut(lines);
  return db;
}
