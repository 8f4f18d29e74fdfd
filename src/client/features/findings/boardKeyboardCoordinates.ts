import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

type Centre = { x: number; y: number };

const ahead: Readonly<Record<string, (to: Centre, from: Centre) => boolean>> = {
  ArrowRight: (to, from) => to.x > from.x + 1,
  ArrowLeft: (to, from) => to.x < from.x - 1,
  ArrowDown: (to, from) => to.y > from.y + 1,
  ArrowUp: (to, from) => to.y < from.y - 1,
};

/**
 * Arrow keys while dragging. A finding (sortable) moves the sortable way; a note, which is
 * no drop target itself (sortable's keys need one), jumps to the nearest finding, lane or
 * pile in the arrow's direction, its centre on that target's, so that target is the one under it.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { context } = args;
  if (context.active && context.droppableContainers.get(context.active.id)) {
    return sortableKeyboardCoordinates(event, args);
  }
  const isAhead = ahead[event.code];
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!isAhead) return undefined;
  event.preventDefault();
  if (!collisionRect) return undefined;
  const from = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  let best: { centre: Centre; distance: number } | null = null;
  for (const entry of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(entry.id);
    if (!rect || entry.disabled || entry.id === over?.id) continue;
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    if (!isAhead(centre, from)) continue;
    const distance = Math.hypot(centre.x - from.x, centre.y - from.y);
    if (!best || distance < best.distance) best = { centre, distance };
  }
  if (!best) return undefined;
  return { x: best.centre.x - collisionRect.width / 2, y: best.centre.y - collisionRect.height / 2 };
};
