import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../services/appServices';
import { getTagUsage } from '../../store/tagUsageQueries';
import { addTheme, listThemes, moveTheme, removeTheme, renameTheme, restoreTheme } from '../../store/themeRepository';
import { OrderedListEditor } from './OrderedListEditor';
import { ThemeTemplatePicker } from './ThemeTemplatePicker';
import { usageInWords } from './usageWords';

/** The themes notes are tagged with and findings are sorted by. */
export function ThemesSection({ engagementId }: { engagementId: string }) {
  const { db } = useAppServices();
  const themes = useLiveQuery(() => listThemes(db, engagementId), [db, engagementId]);
  const usage = useLiveQuery(() => getTagUsage(db, engagementId), [db, engagementId]);
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">Themes</h2>
      {themes ? (
        <>
          <OrderedListEditor
            noun="Theme"
            maxLength={200}
            items={themes.map((theme) => ({ id: theme.id, text: theme.name }))}
            onSave={(id, name) => renameTheme(db, engagementId, id, name)}
            onMove={(id, direction) => moveTheme(db, engagementId, id, direction)}
            onRemove={(id) => removeTheme(db, engagementId, id)}
            onRestore={(id) => restoreTheme(db, engagementId, id)}
            usageOf={(id) => usageInWords(usage?.themes.get(id))}
            onAdd={(name) => addTheme(db, engagementId, name)}
          />
          <ThemeTemplatePicker engagementId={engagementId} themes={themes} />
        </>
      ) : null}
    </section>
  );
}
