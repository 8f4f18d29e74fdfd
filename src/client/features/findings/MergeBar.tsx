import { useState } from 'react';
import type { Finding } from '../../../domain/records/finding';

type Props = {
  /** The findings selected, in the order they were selected. */
  selected: readonly Finding[];
  onMerge: (survivorId: string, otherIds: string[]) => void;
  onClear: () => void;
};

/** "Merge duplicates": the first finding selected keeps all the evidence unless the manager picks another. */
export function MergeBar({ selected, onMerge, onClear }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const survivor = selected.find((finding) => finding.id === chosen) ?? selected[0];
  if (!survivor) return null;
  return (
    <section className="merge-bar" aria-label="Merge duplicates">
      <p>
        {selected.length} {selected.length === 1 ? 'finding' : 'findings'} selected
      </p>
      {selected.length >= 2 ? (
        <>
          <label htmlFor="merge-survivor">Keep as the finding</label>
          <select id="merge-survivor" value={survivor.id} onChange={(event) => setChosen(event.target.value)}>
            {selected.map((finding) => (
              <option key={finding.id} value={finding.id}>
                {finding.headline}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() =>
              onMerge(
                survivor.id,
                selected.filter((finding) => finding.id !== survivor.id).map((finding) => finding.id),
              )
            }
          >
            Merge {selected.length} findings
          </button>
        </>
      ) : (
        <p className="muted">Select another finding to merge duplicates.</p>
      )}
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
