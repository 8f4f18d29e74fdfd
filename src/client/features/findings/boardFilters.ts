import { evidenceTypes, stances, type EvidenceType, type Stance } from '../../../domain/records/note';
import { stakeholderGroups, type StakeholderGroup } from '../../../domain/records/session';
import { makeNoteFilter, noFilters, type NoteFilter, type SearchFilters } from '../../../domain/search/searchFilters';
import type { SearchVocabulary } from '../../store/searchSource';
import type { FilterSelectChoice, FilterSelectValues } from '../../ui/FilterSelects';

/** The board narrows a theme's notes as Search does, by every tag but the theme itself. */
export type BoardFilterKey = Exclude<keyof SearchFilters, 'themeIds'>;
export type BoardFilterValues = FilterSelectValues<BoardFilterKey>;

const same = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export function boardFilterChoices(vocabulary: SearchVocabulary): FilterSelectChoice<BoardFilterKey>[] {
  return [
    {
      key: 'scopeQuestionIds',
      label: 'Scope question',
      options: vocabulary.scopeQuestions.map((q, i) => ({ value: q.id, label: `${i + 1}. ${q.text}` })),
    },
    { key: 'sessionIds', label: 'Session', options: vocabulary.sessions.map((s) => ({ value: s.id, label: s.title })) },
    { key: 'stakeholderGroups', label: 'Stakeholder group', options: same(stakeholderGroups) },
    { key: 'evidenceTypes', label: 'Evidence type', options: same(evidenceTypes) },
    { key: 'stances', label: 'Stance', options: same(stances) },
    {
      key: 'authorIds',
      label: 'Author',
      options: vocabulary.members.map((m) => ({ value: m.id, label: m.displayName })),
    },
  ];
}

const one = <T extends string>(value: string | undefined, allowed: readonly T[]): T[] =>
  allowed.filter((candidate) => candidate === value);
const oneId = (value: string | undefined): string[] => (value ? [value] : []);

/** The note test the chosen filters stand for (the domain's, as Search uses); null when none is chosen. */
export function boardNoteFilter(values: BoardFilterValues, vocabulary: SearchVocabulary): NoteFilter | null {
  const filters: SearchFilters = {
    ...noFilters,
    scopeQuestionIds: oneId(values.scopeQuestionIds),
    sessionIds: oneId(values.sessionIds),
    stakeholderGroups: one<StakeholderGroup>(values.stakeholderGroups, stakeholderGroups),
    evidenceTypes: one<EvidenceType>(values.evidenceTypes, evidenceTypes),
    stances: one<Stance>(values.stances, stances),
    authorIds: oneId(values.authorIds),
  };
  return makeNoteFilter(filters, new Map(vocabulary.sessions.map((s) => [s.id, s.stakeholderGroups])));
}
