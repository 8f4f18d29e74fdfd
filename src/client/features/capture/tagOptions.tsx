import { useLiveQueryAfterStart } from '../../services/useLiveQueryAfterStart';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useAppServices } from '../../services/appServices';
import { listScopeQuestions } from '../../store/scopeQuestionRepository';
import { listThemes } from '../../store/themeRepository';
import type { TagOption } from './TagPicker';

export type TagOptions = { themes: TagOption[]; scopeQuestions: TagOption[] };

const TagOptionsContext = createContext<TagOptions | null>(null);

/**
 * The engagement's themes and scope questions as tags (scope questions numbered Q1, Q2…),
 * read once for the whole session screen: one pair of queries, not one per note, and the
 * same object from one keystroke to the next so memoised notes do not render again.
 */
export function TagOptionsProvider({ engagementId, children }: { engagementId: string; children: ReactNode }) {
  const { db } = useAppServices();
  // An open note draws its pickers a moment after its text box: these reads begin once the app's start is over.
  const themes = useLiveQueryAfterStart(() => listThemes(db, engagementId), [db, engagementId], undefined);
  const questions = useLiveQueryAfterStart(() => listScopeQuestions(db, engagementId), [db, engagementId], undefined);
  const options = useMemo<TagOptions>(
    () => ({
      themes: (themes ?? []).map((theme) => ({ id: theme.id, label: theme.name })),
      scopeQuestions: (questions ?? []).map((question, index) => ({
        id: question.id,
        label: `Q${index + 1} ${question.text}`,
      })),
    }),
    [themes, questions],
  );
  return <TagOptionsContext.Provider value={options}>{children}</TagOptionsContext.Provider>;
}

export function useTagOptions(): TagOptions {
  const options = useContext(TagOptionsContext);
  if (!options) throw new Error('useTagOptions needs <TagOptionsProvider>');
  return options;
}

/** The chosen tags' labels in the options' order, unknown ids left out. */
export function chosenLabels(options: readonly TagOption[], ids: readonly string[]): string[] {
  const chosen = new Set(ids);
  return options.filter((option) => chosen.has(option.id)).map((option) => option.label);
}
