import type { Finding } from '../../../domain/records/finding';
import { ModalDialog } from '../../ui/ModalDialog';

type Props = {
  survivor: Finding;
  /** The findings merged straight into it, as stored (tombstones); ids this device lacks are named so. */
  mergedIds: readonly string[];
  mergedFrom: ReadonlyMap<string, Finding>;
  onUnmerge: (ids: readonly string[]) => void;
  onClose: () => void;
};

/** "Unmerge": takes findings merged into this one back out, with the notes they alone brought. */
export function UnmergeDialog({ survivor, mergedIds, mergedFrom, onUnmerge, onClose }: Props) {
  return (
    <ModalDialog title={`Unmerge from “${survivor.headline}”`} onClose={onClose}>
      <p>Each finding taken back out returns with its own notes, headline and status.</p>
      <ul className="move-dialog__choices">
        {mergedIds.map((id) => {
          const headline = mergedFrom.get(id)?.headline ?? 'a finding not on this device yet';
          return (
            <li key={id}>
              <span>{headline}</span>{' '}
              <button type="button" onClick={() => onUnmerge([id])} aria-label={`Take back out: ${headline}`}>
                Take back out
              </button>
            </li>
          );
        })}
      </ul>
      {mergedIds.length > 1 ? (
        <button type="button" onClick={() => onUnmerge(mergedIds)}>
          Take all back out
        </button>
      ) : null}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </ModalDialog>
  );
}
