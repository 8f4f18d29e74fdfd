type Option = { value: string; label: string };

type Props = {
  legend: string;
  options: readonly Option[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
};

/** A fieldset of checkboxes for a set field; the whole chosen list goes back on each change. */
export function CheckboxGroup({ legend, options, checked, onChange }: Props) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked.filter((v) => v !== value), value] : checked.filter((v) => v !== value));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="muted">None yet.</p> : null}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={checked.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
