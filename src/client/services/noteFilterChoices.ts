import { evidenceTypes, stances, type EvidenceType, type Stance } from '../../domain/records/note';
import { stakeholderGroups, type StakeholderGroup } from '../../domain/records/session';
import { noFilters, type SearchFilters } from '../../domain/search/searchFilters';
import type { SearchVocabulary } from '../store/searchSource';
import type { FilterSelectChoice } from '../ui/FilterSelects';

/** One filter control of Search and of the findings board: which search filter it sets. */
export type FilterChoice = FilterSelectChoice<keyof SearchFilters>;

/** The chosen value of each control; '' is "any". */
export type FilterSelection = Partial<Record<keyof SearchFilters, string>>;

const same = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export function filterChoices(vocabulary: SearchVocabulary): FilterChoice[] {
  return [
    { key: 'themeIds', label: 'Theme', options: vocabulary.themes.map((t) => ({ value: t.id, label: t.name })) },
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

/** The search filters a selection stands for; values not among the known ones are ignored. */
export function toSearchFilters(selection: FilterSelection): SearchFilters {
  return {
    ...noFilters,
    themeIds: oneId(selection.themeIds),
    scopeQuestionIds: oneId(selection.scopeQuestionIds),
    sessionIds: oneId(selection.sessionIds),
    stakeholderGroups: one<StakeholderGroup>(selection.stakeholderGroups, stakeholderGroups),
    evidenceTypes: one<EvidenceType>(selection.evidenceTypes, evidenceTypes),
    stances: one<Stance>(selection.stances, stances),
    authorIds: oneId(selection.authorIds),
  };
}
