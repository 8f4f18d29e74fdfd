import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { dragData } from './dragIds';

/**
 * What a dragged card is over. A note lands only on a finding or back on the pile, so the
 * lanes are no place for it; and the place under the pointer wins, so a note let go on a
 * finding whose notes are open (a tall card) is over that finding, not over the lane
 * whose centre happened to be nearer (which dropped it nowhere). By keyboard there is no
 * pointer: the arrow keys put the card's centre on a place's centre, and the closest
 * centre decides. A finding being reordered keeps the sortable lanes' closest centre.
 */
export const boardCollision: CollisionDetection = (args) => {
  if (dragData(args.active.data.current)?.kind !== 'note') return closestCenter(args);
  const forNote = {
    ...args,
    droppableContainers: args.droppableContainers.filter((container) => {
      const kind = dragData(container.data.current)?.kind;
      return kind === 'finding' || kind === 'pile';
    }),
  };
  const underPointer = pointerWithin(forNote);
  return underPointer.length > 0 ? underPointer : closestCenter(forNote);
};
