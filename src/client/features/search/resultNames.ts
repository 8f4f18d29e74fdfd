import type { SearchVocabulary } from '../../store/searchSource';
import type { ResultNames } from './SearchResultRow';

/** Lookups from ids to the names people know, built once per change of the vocabulary. */
export function resultNames(engagementId: string, vocabulary: SearchVocabulary): ResultNames {
  const sessions = new Map([
    ...vocabulary.deletedSessions.map((s) => [s.id, `${s.title} (deleted session)`] as const),
    ...vocabulary.sessions.map((s) => [s.id, s.title] as const),
  ]);
  const members = new Map(vocabulary.members.map((m) => [m.id, m.displayName]));
  const themes = new Map(vocabulary.themes.map((t) => [t.id, t.name]));
  const questions = new Map(vocabulary.scopeQuestions.map((q, i) => [q.id, `scope question ${i + 1}`]));
  return {
    engagementId,
    sessionTitle: (id) => sessions.get(id) ?? 'a session not on this device yet',
    authorName: (id) => members.get(id) ?? 'a teammate',
    tagNames: (note) => [
      ...note.themeIds.flatMap((id) => themes.get(id) ?? []),
      ...note.scopeQuestionIds.flatMap((id) => questions.get(id) ?? []),
    ],
  };
}
