import { memo } from 'react';

/** One filter control: a key, its label and the values it offers. */
export type FilterSelectChoice<K extends string> = {
  key: K;
  label: string;
  options: readonly { value: string; label: string }[];
};

/** The chosen value of each control; '' or missing is "any". */
export type FilterSelectValues<K extends string> = Partial<Record<K, string>>;

type Props<K extends string> = {
  /** Names the group of filters, and prefixes the ids of its controls (unique on the page). */
  legend: string;
  idPrefix: string;
  choices: readonly FilterSelectChoice<K>[];
  values: FilterSelectValues<K>;
  onChange: (values: FilterSelectValues<K>) => void;
  /** The screen's own class for the group (its fields get `<className>__field`). */
  className?: string;
};

/** One labelled select per filter, "Any" leaving it open, and "Clear filters". */
function FilterSelectsInner<K extends string>({
  legend,
  idPrefix,
  choices,
  values,
  onChange,
  className = 'filter-selects',
}: Props<K>) {
  const chosen = Object.values(values).some((value) => value);
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${idPrefix}-${choice.key}`;
        return (
          <div key={choice.key} className={`${className}__field`}>
            <label htmlFor={id}>{choice.label}</label>
            <select
              id={id}
              value={values[choice.key] ?? ''}
              onChange={(event) => onChange({ ...values, [choice.key]: event.target.value })}
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
}

export const FilterSelects = memo(FilterSelectsInner) as typeof FilterSelectsInner;
