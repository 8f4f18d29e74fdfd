import type { Finding } from '../../../domain/records/finding';
import { ModalDialog } from '../../ui/ModalDialog';

type Props = {
  /** What is being moved, in words ("1 note", "3 notes"). */
  what: string;
  /** Findings the notes may go to (those this person may change), lane by lane. */
  targets: readonly Finding[];
  /** The finding the notes come from, left out of the choices. */
  fromFindingId: string | null;
  onChoose: (findingId: string) => void;
  onClose: () => void;
};

/** "Move to finding…": the single-tap way to do what dragging a note does (WCAG 2.2 SC 2.5.7). */
export function MoveToFindingDialog({ what, targets, fromFindingId, onChoose, onClose }: Props) {
  const choices = targets.filter((finding) => finding.id !== fromFindingId);
  return (
    <ModalDialog title={`Move ${what} to finding`} onClose={onClose}>
      {choices.length === 0 ? <p>There is no finding to move to yet: make one from selected notes first.</p> : null}
      <ul className="move-dialog__choices">
        {choices.map((finding) => (
          <li key={finding.id}>
            <button type="button" onClick={() => onChoose(finding.id)}>
              {finding.headline || '(no headline)'}
            </button>
            <span className="muted"> {finding.lane}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
    </ModalDialog>
  );
}
