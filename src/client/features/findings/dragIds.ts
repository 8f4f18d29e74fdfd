import type { FindingLane } from '../../../domain/records/finding';

/** What a drag carries and what it is over, as dnd-kit's `data` of each draggable and droppable. */
export type DragData =
  | { kind: 'note'; noteId: string; fromFindingId: string | null; label: string }
  | { kind: 'finding'; findingId: string; lane: FindingLane; label: string }
  | { kind: 'lane'; lane: FindingLane; label: string }
  | { kind: 'pile'; label: string };

export const noteDragId = (noteId: string, fromFindingId: string | null) => `note:${noteId}:${fromFindingId ?? 'none'}`;
export const laneDropId = (lane: FindingLane) => `lane:${lane}`;
export const pileDropId = 'pile';

/** Reads the data a draggable or droppable was given (dnd-kit types it loosely). */
export function dragData(value: unknown): DragData | null {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return null;
  return value as DragData;
}
