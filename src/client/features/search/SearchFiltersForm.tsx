import { memo } from 'react';
import type { FilterChoice, FilterSelection } from './filterChoices';

type Props = {
  choices: FilterChoice[];
  selection: FilterSelection;
  onChange: (selection: FilterSelection) => void;
};

/** One labelled select per kind of tag; "Any" leaves that kind open. Memoised: typing re-renders the screen. */
export const SearchFiltersForm = memo(function SearchFiltersForm({ choices, selection, onChange }: Props) {
  const chosen = Object.values(selection).some((value) => value);
  return (
    <fieldset className="search-filters">
      <legend>Filters</legend>
      {choices.map((choice) => {
        const id = `search-filter-${choice.key}`;
        return (
          <div key={choice.key} className="search-filters__field">
            <label htmlFor={id}>{choice.label}</label>
            <select
              id={id}
              value={selection[choice.key] ?? ''}
              onChange={(event) => onChange({ ...selection, [choice.key]: event.target.value })}
            >
              <option value="">Any</option>
              {choice.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange({})} disabled={!chosen}>
        Clear filters
      </button>
    </fieldset>
  );
});
