import { memo } from 'react';
import { FilterSelects } from '../../ui/FilterSelects';
import type { FilterChoice, FilterSelection } from '../../services/noteFilterChoices';

type Props = {
  choices: FilterChoice[];
  selection: FilterSelection;
  onChange: (selection: FilterSelection) => void;
};

/** One labelled select per kind of tag; "Any" leaves that kind open. Memoised: typing re-renders the screen. */
export const SearchFiltersForm = memo(function SearchFiltersForm({ choices, selection, onChange }: Props) {
  return (
    <FilterSelects
      legend="Filters"
      idPrefix="search-filter"
      className="search-filters"
      choices={choices}
      values={selection}
      onChange={onChange}
    />
  );
});
