import { closestCenter, type ClientRect, type DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { boardCollision } from './boardCollision';
import type { DragData } from './dragIds';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

const place = (id: string, data: DragData, box: ClientRect) => ({
  container: {
    id,
    key: id,
    data: { current: data },
    disabled: false,
    node: { current: null },
    rect: { current: box },
  } satisfies DroppableContainer,
  box,
});

// The Strengths lane, and in it a finding with its notes open: a card as tall as the lane,
// so the lane's centre is nearer the top of the card than the finding's own centre is.
const lane = place('lane:strength', { kind: 'lane', lane: 'strength', label: 'Strengths' }, rect(500, 80, 400, 900));
const finding = place(
  'finding-1',
  { kind: 'finding', findingId: 'finding-1', lane: 'strength', label: 'Growing its own workforce' },
  rect(510, 130, 380, 900),
);
const pile = place('pile:Unassigned notes', { kind: 'pile', label: 'Unassigned notes' }, rect(0, 80, 420, 2000));
const places = [pile, lane, finding];

function args(moving: DragData, card: ClientRect, pointer: { x: number; y: number } | null) {
  return {
    active: { id: 'moving', data: { current: moving }, rect: { current: { initial: card, translated: card } } },
    collisionRect: card,
    droppableRects: new Map(places.map(({ container, box }) => [container.id, box])),
    droppableContainers: places.map(({ container }) => container),
    pointerCoordinates: pointer,
  };
}

const note: DragData = { kind: 'note', noteId: 'note-1', fromFindingId: null, label: 'Duty desk staff coached' };
/** The card held by its handle (top right), the pointer near the top of the finding. */
const noteCard = rect(460, 150, 360, 100);

describe('what a dragged card on the findings board is over', () => {
  it('a note let go with the pointer on a tall finding is over that finding, not over its lane', () => {
    // The plain closest centre picks the lane, where a note drops nowhere.
    expect(closestCenter(args(note, noteCard, { x: 700, y: 170 }))[0]?.id).toBe('lane:strength');
    expect(boardCollision(args(note, noteCard, { x: 700, y: 170 }))[0]?.id).toBe('finding-1');
  });

  it('a note moved by keyboard (no pointer) is over the closest finding or pile, never a lane', () => {
    const ids = boardCollision(args(note, noteCard, null)).map((collision) => collision.id);
    expect(ids[0]).toBe('finding-1');
    expect(ids).not.toContain('lane:strength');
  });

  it('a finding being reordered still finds lanes by closest centre', () => {
    const moving: DragData = { kind: 'finding', findingId: 'finding-2', lane: 'strength', label: 'Another' };
    const card = rect(500, 300, 400, 400);
    expect(boardCollision(args(moving, card, { x: 700, y: 320 }))).toEqual(closestCenter(args(moving, card, null)));
  });
});
