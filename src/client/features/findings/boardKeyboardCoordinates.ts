import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { dragData, type DragData } from './dragIds';

type Centre = { x: number; y: number };

const ahead: Readonly<Record<string, (to: Centre, from: Centre) => boolean>> = {
  ArrowRight: (to, from) => to.x > from.x + 1,
  ArrowLeft: (to, from) => to.x < from.x - 1,
  ArrowDown: (to, from) => to.y > from.y + 1,
  ArrowUp: (to, from) => to.y < from.y - 1,
};

/** Where each thing dragged may be dropped: a note on a finding or back on the pile; a finding by another or at a lane's end. */
function accepts(moving: DragData | null, target: DragData | null, code: string): boolean {
  if (!moving || !target) return false;
  if (moving.kind === 'note') return target.kind === 'finding' || target.kind === 'pile';
  if (moving.kind !== 'finding') return false;
  // Up and down step through the findings; left and right reach the other lane, empty or not.
  if (target.kind === 'finding') return target.findingId !== moving.findingId;
  return target.kind === 'lane' && (code === 'ArrowLeft' || code === 'ArrowRight');
}

/**
 * Arrow keys while dragging: the dragged card jumps to the nearest place it may be dropped
 * in the arrow's direction, its centre on that place's centre, so that place is the one
 * under it (closest-centre collision). Sortable's own keys would need every dragged card
 * to be a drop target, which a note is not, and can land a finding on its lane's box.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const isAhead = ahead[event.code];
  if (!isAhead) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const moving = dragData(active.data.current);
  const from = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  let best: { centre: Centre; distance: number } | null = null;
  for (const entry of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(entry.id);
    if (!rect || entry.disabled || entry.id === over?.id) continue;
    if (!accepts(moving, dragData(entry.data.current), event.code)) continue;
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    if (!isAhead(centre, from)) continue;
    // Across the board, a place level with the card beats one far above or below it.
    const across = event.code === 'ArrowLeft' || event.code === 'ArrowRight';
    const distance = across
      ? Math.abs(centre.x - from.x) + 2 * Math.abs(centre.y - from.y)
      : Math.abs(centre.y - from.y) + 2 * Math.abs(centre.x - from.x);
    if (!best || distance < best.distance) best = { centre, distance };
  }
  if (!best) return undefined;
  return { x: best.centre.x - collisionRect.width / 2, y: best.centre.y - collisionRect.height / 2 };
};
