import { useId, useState, type FormEvent } from 'react';
import type { Finding } from '../../../domain/records/finding';
import type { Theme } from '../../../domain/records/theme';
import { findingsToOffer, groupFindings } from './findingChoices';

type Props = {
  /** e.g. "Quick win 2". */
  name: string;
  findings: readonly Finding[];
  themes: readonly Theme[];
  linkedIds: readonly string[];
  onLink: (findingId: string) => Promise<boolean>;
};

/** "Link a finding": opens a list of the engagement's findings, narrowed by theme. */
export function FindingPicker({ name, findings, themes, linkedIds, onLink }: Props) {
  const [open, setOpen] = useState(false);
  const [themeId, setThemeId] = useState('');
  const [chosen, setChosen] = useState('');
  const panelId = useId();
  const offered = groupFindings(findingsToOffer(findings, linkedIds, themeId), themes);
  const first = offered[0]?.findings[0]?.id ?? '';
  const selected = offered.some((group) => group.findings.some((finding) => finding.id === chosen)) ? chosen : first;

  const link = async (event: FormEvent) => {
    event.preventDefault();
    if (selected && (await onLink(selected))) setChosen('');
  };

  return (
    <div className="finding-picker">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Link a finding <span className="visually-hidden">to {name.toLowerCase()}</span>
      </button>
      {open ? (
        <form
          id={panelId}
          className="form-row"
          aria-label={`Link a finding to ${name.toLowerCase()}`}
          onSubmit={(event) => void link(event)}
        >
          <label>
            Theme
            <select value={themeId} onChange={(event) => setThemeId(event.target.value)}>
              <option value="">All themes</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          </label>
          {selected ? (
            <>
              <label className="finding-picker__finding">
                Finding
                <select value={selected} onChange={(event) => setChosen(event.target.value)}>
                  {offered.map((group) => (
                    <optgroup key={group.themeId} label={group.themeName}>
                      {group.findings.map((finding) => (
                        <option key={finding.id} value={finding.id}>
                          {finding.lane === 'strength' ? 'Strength' : 'Area for consideration'}: {finding.headline}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </label>
              <button type="submit" className="primary">
                Link <span className="visually-hidden">this finding to {name.toLowerCase()}</span>
              </button>
            </>
          ) : (
            <p className="muted">
              {findings.length === 0
                ? 'No findings yet: the team makes them on the findings board.'
                : 'No other findings to link here: every one is linked already or dropped.'}
            </p>
          )}
        </form>
      ) : null}
    </div>
  );
}
