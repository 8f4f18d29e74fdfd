import { useLiveQuery } from 'dexie-react-hooks';
import { useAppServices } from '../../app/appServices';
import { listScopeQuestions, listThemes } from '../../store/tagQueries';
import type { TagOption } from './TagPicker';

export type TagOptions = { themes: TagOption[]; scopeQuestions: TagOption[] };

/** The engagement's themes and scope questions as tags; scope questions are numbered Q1, Q2… */
export function useTagOptions(engagementId: string): TagOptions {
  const { db } = useAppServices();
  const themes = useLiveQuery(() => listThemes(db, engagementId), [db, engagementId]) ?? [];
  const questions = useLiveQuery(() => listScopeQuestions(db, engagementId), [db, engagementId]) ?? [];
  return {
    themes: themes.map((theme) => ({ id: theme.id, label: theme.name })),
    scopeQuestions: questions.map((question, index) => ({ id: question.id, label: `Q${index + 1} ${question.text}` })),
  };
}

/** The chosen tags' labels in the options' order, unknown ids left out. */
export function chosenLabels(options: readonly TagOption[], ids: readonly string[]): string[] {
  const chosen = new Set(ids);
  return options.filter((option) => chosen.has(option.id)).map((option) => option.label);
}
