import { makeNoteFilter, type NoteFilter, type SearchFilters } from '../../../domain/search/searchFilters';
import { filterChoices, toSearchFilters } from '../../services/noteFilterChoices';
import type { SearchVocabulary } from '../../store/searchSource';
import type { FilterSelectChoice, FilterSelectValues } from '../../ui/FilterSelects';

/** The board narrows a theme's notes as Search does, by every tag but the theme itself. */
export type BoardFilterKey = Exclude<keyof SearchFilters, 'themeIds'>;
export type BoardFilterValues = FilterSelectValues<BoardFilterKey>;

export function boardFilterChoices(vocabulary: SearchVocabulary): FilterSelectChoice<BoardFilterKey>[] {
  return filterChoices(vocabulary).filter(
    (choice): choice is FilterSelectChoice<BoardFilterKey> => choice.key !== 'themeIds',
  );
}

/** The note test the chosen filters stand for (the domain's, as Search uses); null when none is chosen. */
export function boardNoteFilter(values: BoardFilterValues, vocabulary: SearchVocabulary): NoteFilter | null {
  return makeNoteFilter(toSearchFilters(values), new Map(vocabulary.sessions.map((s) => [s.id, s.stakeholderGroups])));
}
