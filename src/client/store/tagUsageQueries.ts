import type { Theme } from '../../domain/records/theme';
import { removedThemesInUse, scopeQuestionUsage, themeUsage, type Usage } from '../../domain/records/whatUsesIt';
import type { TriangulateDb } from './db';

/** What uses each live theme and scope question, for Setup to say before a removal. */
export type TagUsage = { themes: ReadonlyMap<string, Usage>; scopeQuestions: ReadonlyMap<string, Usage> };

export async function getTagUsage(db: TriangulateDb, engagementId: string): Promise<TagUsage> {
  const [themes, questions, notes, findings] = await Promise.all([
    db.theme.where('engagementId').equals(engagementId).toArray(),
    db.scopeQuestion.where('engagementId').equals(engagementId).toArray(),
    db.note.where('engagementId').equals(engagementId).toArray(),
    db.finding.where('engagementId').equals(engagementId).toArray(),
  ]);
  return {
    themes: new Map(themes.map((theme) => [theme.id, themeUsage(theme.id, notes, findings)])),
    scopeQuestions: new Map(questions.map((question) => [question.id, scopeQuestionUsage(question.id, notes)])),
  };
}

/** Removed themes whose notes or findings are still live: the findings board keeps them. */
export async function listRemovedThemesInUse(db: TriangulateDb, engagementId: string): Promise<Theme[]> {
  const themes = (await db.theme.where('engagementId').equals(engagementId).toArray()).filter((t) => t.deleted);
  if (themes.length === 0) return [];
  const [notes, findings] = await Promise.all([
    db.note.where('engagementId').equals(engagementId).toArray(),
    db.finding.where('engagementId').equals(engagementId).toArray(),
  ]);
  return removedThemesInUse(themes, notes, findings).sort((a, b) => a.position - b.position);
}
