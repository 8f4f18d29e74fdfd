import { useId, type KeyboardEvent } from 'react';

export type TagOption = { id: string; label: string };

/**
 * A labelled group of toggle buttons (aria-pressed), large enough for a thumb. With the
 * group focused, the number keys 1–9 toggle the matching tag, so a touch typist never
 * leaves the keyboard.
 */
export function TagPicker({
  label,
  options,
  selected,
  onToggle,
}: {
  label: string;
  options: readonly TagOption[];
  selected: readonly string[];
  onToggle: (tagId: string, on: boolean) => void;
}) {
  const id = useId();
  const chosen = new Set(selected);
  const toggle = (tagId: string) => onToggle(tagId, !chosen.has(tagId));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[1-9]$/.test(event.key)) return;
    const option = options[Number(event.key) - 1];
    if (!option) return;
    event.preventDefault();
    toggle(option.id);
  };

  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-hint`}
      className="tag-picker"
      onKeyDown={onKeyDown}
    >
      <span id={`${id}-label`} className="tag-picker__label">
        {label}
      </span>
      <span id={`${id}-hint`} className="visually-hidden">
        Number keys 1 to 9 toggle a tag.
      </span>
      {options.length === 0 ? <span className="muted">None set up yet</span> : null}
      {options.map((option, index) => (
        <button
          key={option.id}
          type="button"
          className="tag-chip"
          aria-pressed={chosen.has(option.id)}
          onClick={() => toggle(option.id)}
        >
          {index < 9 ? (
            <span className="tag-chip__key" aria-hidden="true">
              {index + 1}
            </span>
          ) : null}
          {option.label}
        </button>
      ))}
    </div>
  );
}
