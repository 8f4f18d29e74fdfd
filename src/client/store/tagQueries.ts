import type { ScopeQuestion } from '../../domain/records/scopeQuestion';
import type { Theme } from '../../domain/records/theme';
import type { TriangulateDb } from './db';

/** The engagement's themes in their agreed order, for tagging notes. */
export async function listThemes(db: TriangulateDb, engagementId: string): Promise<Theme[]> {
  const themes = await db.theme.where('engagementId').equals(engagementId).toArray();
  return themes.filter((theme) => !theme.deleted).sort((a, b) => a.position - b.position);
}

/** The council's scope questions in their agreed order. */
export async function listScopeQuestions(db: TriangulateDb, engagementId: string): Promise<ScopeQuestion[]> {
  const questions = await db.scopeQuestion.where('engagementId').equals(engagementId).toArray();
  return questions.filter((question) => !question.deleted).sort((a, b) => a.position - b.position);
}
