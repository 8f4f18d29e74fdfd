import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { TriangulateDb } from './db';
import { listOrdered, moveOrdered, nextPosition, removeOrdered, restoreOrdered } from './orderedRecords';
import { saveEdit } from './saveEdit';

export function listScopeQuestions(db: TriangulateDb, engagementId: string): Promise<ScopeQuestion[]> {
  return listOrdered<ScopeQuestion>(db, 'scopeQuestion', engagementId);
}

export async function addScopeQuestion(db: TriangulateDb, engagementId: string, text: string): Promise<ScopeQuestion> {
  const position = await nextPosition(db, 'scopeQuestion', engagementId);
  return saveEdit(db, {
    engagementId,
    recordType: 'scopeQuestion',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    changes: { text, position },
  });
}

export function updateScopeQuestion(
  db: TriangulateDb,
  engagementId: string,
  questionId: string,
  text: string,
): Promise<ScopeQuestion> {
  return saveEdit(db, {
    engagementId,
    recordType: 'scopeQuestion',
    recordId: questionId,
    op: 'upsert',
    changes: { text },
  });
}

export function moveScopeQuestion(
  db: TriangulateDb,
  engagementId: string,
  questionId: string,
  direction: -1 | 1,
): Promise<void> {
  return moveOrdered(db, 'scopeQuestion', engagementId, questionId, direction);
}

export function removeScopeQuestion(db: TriangulateDb, engagementId: string, questionId: string): Promise<void> {
  return removeOrdered(db, 'scopeQuestion', engagementId, questionId);
}

export function restoreScopeQuestion(db: TriangulateDb, engagementId: string, questionId: string): Promise<void> {
  return restoreOrdered(db, 'scopeQuestion', engagementId, questionId);
}
