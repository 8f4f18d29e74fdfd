import type { Finding } from '../../../domain/records/finding';
import type { Theme } from '../../../domain/records/theme';
import { groupFindings } from './findingChoices';

type Props = {
  /** e.g. "Quick win 2". */
  name: string;
  findingIds: readonly string[];
  findingsById: ReadonlyMap<string, Finding>;
  themes: readonly Theme[];
  /** Absent when this person only reads. */
  onUnlink?: (findingId: string) => void;
};

/** The findings a recommendation rests on, by headline and theme, in the board's order. */
export function RestsOnFindings({ name, findingIds, findingsById, themes, onUnlink }: Props) {
  const found = findingIds.flatMap((id) => {
    const finding = findingsById.get(id);
    return finding ? [finding] : [];
  });
  // Merged into another finding or deleted since it was linked: kept visible so it can be taken off.
  const gone = findingIds.filter((id) => !findingsById.has(id));
  if (found.length === 0 && gone.length === 0) return <p className="muted">Rests on no finding yet.</p>;
  return (
    <ul className="rests-on" aria-label={`Findings ${name.toLowerCase()} rests on`}>
      {groupFindings(found, themes).flatMap((group) =>
        group.findings.map((finding) => (
          <li key={finding.id}>
            <span className="rests-on__headline">{finding.headline}</span>{' '}
            <span className="muted">
              {group.themeName} · {finding.lane}
              {finding.status === 'dropped' ? ' · dropped' : ''}
            </span>
            {onUnlink ? (
              <button type="button" onClick={() => onUnlink(finding.id)}>
                Unlink{' '}
                <span className="visually-hidden">
                  “{finding.headline}” from {name.toLowerCase()}
                </span>
              </button>
            ) : null}
          </li>
        )),
      )}
      {gone.map((id) => (
        <li key={id}>
          <span className="muted">A finding no longer on the board (merged or deleted)</span>
          {onUnlink ? (
            <button type="button" onClick={() => onUnlink(id)}>
              Unlink <span className="visually-hidden">the missing finding from {name.toLowerCase()}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
