import type { Theme } from '../../domain/records/theme';
import { themeTemplates, type ThemeTemplateId } from '../../domain/templates/themeTemplates';
import type { TriangulateDb } from './db';
import { listOrdered, moveOrdered, nextPosition, removeOrdered, restoreOrdered } from './orderedRecords';
import { saveEdit } from './saveEdit';

export function listThemes(db: TriangulateDb, engagementId: string): Promise<Theme[]> {
  return listOrdered<Theme>(db, 'theme', engagementId);
}

export async function addTheme(db: TriangulateDb, engagementId: string, name: string): Promise<Theme> {
  const position = await nextPosition(db, 'theme', engagementId);
  return saveEdit(db, {
    engagementId,
    recordType: 'theme',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    changes: { name, position },
  });
}

export function renameTheme(db: TriangulateDb, engagementId: string, themeId: string, name: string): Promise<Theme> {
  return saveEdit(db, { engagementId, recordType: 'theme', recordId: themeId, op: 'upsert', changes: { name } });
}

export function moveTheme(db: TriangulateDb, engagementId: string, themeId: string, direction: -1 | 1): Promise<void> {
  return moveOrdered(db, 'theme', engagementId, themeId, direction);
}

export function removeTheme(db: TriangulateDb, engagementId: string, themeId: string): Promise<void> {
  return removeOrdered(db, 'theme', engagementId, themeId);
}

/** The template's themes the engagement does not have yet (by name, ignoring case). */
export function missingTemplateThemes(themes: readonly Pick<Theme, 'name'>[], templateId: ThemeTemplateId): string[] {
  const have = new Set(themes.map((theme) => theme.name.trim().toLowerCase()));
  return themeTemplates[templateId].themes.filter((name) => !have.has(name.toLowerCase()));
}

/**
 * Adds the template's missing themes after the existing ones, in ONE transaction.
 * It never removes or renames a theme: the team may have changed them on purpose.
 */
export async function applyThemeTemplate(
  db: TriangulateDb,
  engagementId: string,
  templateId: ThemeTemplateId,
): Promise<string[]> {
  return db.transaction('rw', [db.theme, db.outbox, db.deviceIdentity], async () => {
    const missing = missingTemplateThemes(await listThemes(db, engagementId), templateId);
    let position = await nextPosition(db, 'theme', engagementId);
    for (const name of missing) {
      await saveEdit(db, {
        engagementId,
        recordType: 'theme',
        recordId: crypto.randomUUID(),
        op: 'upsert',
        changes: { name, position },
      });
      position += 1;
    }
    return missing;
  });
}

export function restoreTheme(db: TriangulateDb, engagementId: string, themeId: string): Promise<void> {
  return restoreOrdered(db, 'theme', engagementId, themeId);
}
