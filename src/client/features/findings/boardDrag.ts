import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { dragData } from './dragIds';

/** What a screen reader hears while something is dragged, in the team's words. */
export const boardDragInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick up, press Space or Enter. Use the arrow keys to move over a finding or a lane, ' +
    'Space or Enter to drop, Escape to cancel. Or use “Move to finding…” instead.',
};

/** A drop target, as a screen reader hears it. */
function named(value: unknown): string {
  const data = dragData(value);
  if (data?.kind === 'finding') return `finding “${data.label}”`;
  if (data?.kind === 'lane') return `the end of ${data.label}`;
  return data?.label ?? 'the board';
}

export const boardDragAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${describe(active.data.current)}.`,
  onDragOver: ({ active, over }) =>
    over ? `${capital(describe(active.data.current))} is over ${named(over.data.current)}.` : 'Over nothing.',
  onDragEnd: ({ active, over }) =>
    over
      ? `Dropped ${describe(active.data.current)} on ${named(over.data.current)}.`
      : `Dropped ${describe(active.data.current)}; nothing moved.`,
  onDragCancel: ({ active }) => `Cancelled: ${describe(active.data.current)} is back where it was.`,
};

function describe(value: unknown): string {
  const data = dragData(value);
  if (data?.kind === 'note') return `note “${data.label}”`;
  if (data?.kind === 'finding') return `finding “${data.label}”`;
  return 'an item';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
