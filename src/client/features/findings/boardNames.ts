import type { SearchVocabulary } from '../../store/searchSource';

/** Names for the ids the board shows, looked up once per change of the vocabulary. */
export type BoardNames = {
  memberName: (memberId: string) => string;
  themeName: (themeId: string) => string;
};

export function boardNames(vocabulary: SearchVocabulary): BoardNames {
  const members = new Map(vocabulary.members.map((m) => [m.id, m.displayName]));
  const themes = new Map(vocabulary.themes.map((t) => [t.id, t.name]));
  return {
    memberName: (id) => members.get(id) ?? 'a teammate',
    themeName: (id) => themes.get(id) ?? 'a theme',
  };
}

/** The first words of a text, for a name or a label. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '(empty note)';
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
