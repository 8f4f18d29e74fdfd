import { describe, expect, it } from 'vitest';
import { byPosition, moveOnePlace, positionAtEnd, type Positioned } from './ordering';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';
const c = '00000000-0000-4000-8000-00000000000c';
const d = '00000000-0000-4000-8000-00000000000d';

/** The ids in order after applying the changes. */
function orderAfter(items: Positioned[], changes: { id: string; position: number }[]): string[] {
  const moved = new Map(changes.map((change) => [change.id, change.position]));
  return items
    .map((item) => ({ ...item, position: moved.get(item.id) ?? item.position }))
    .sort(byPosition)
    .map((item) => item.id);
}

describe('byPosition', () => {
  it('orders by position, then by id whatever order they came in', () => {
    const items = [
      { id: c, position: 1 },
      { id: b, position: 1 },
      { id: a, position: 2 },
      { id: d, position: -0.5 },
    ];
    expect([...items].sort(byPosition).map((item) => item.id)).toEqual([d, b, c, a]);
    expect(
      [...items]
        .reverse()
        .sort(byPosition)
        .map((item) => item.id),
    ).toEqual([d, b, c, a]);
  });
});

describe('positionAtEnd', () => {
  it.each([
    { positions: [], expected: 0 },
    { positions: [0, 1, 2], expected: 3 },
    { positions: [2.5, -1], expected: 3.5 },
  ])('after $positions is $expected', ({ positions, expected }) => {
    expect(positionAtEnd(positions.map((position, index) => ({ id: String(index), position })))).toBe(expected);
  });
});

describe('moveOnePlace', () => {
  const three = [
    { id: a, position: 0 },
    { id: b, position: 1 },
    { id: c, position: 2 },
  ];

  it.each([
    { name: 'the middle one up', id: b, direction: -1 as const, changes: [{ id: b, position: -1 }], order: [b, a, c] },
    { name: 'the middle one down', id: b, direction: 1 as const, changes: [{ id: b, position: 3 }], order: [a, c, b] },
    { name: 'the first one down', id: a, direction: 1 as const, changes: [{ id: a, position: 1.5 }], order: [b, a, c] },
    { name: 'the last one up', id: c, direction: -1 as const, changes: [{ id: c, position: 0.5 }], order: [a, c, b] },
  ])('moves $name with one edit', ({ id, direction, changes, order }) => {
    expect(moveOnePlace(three, id, direction)).toEqual(changes);
    expect(orderAfter(three, changes)).toEqual(order);
  });

  it.each([
    { name: 'the first one up', id: a, direction: -1 as const },
    { name: 'the last one down', id: c, direction: 1 as const },
    { name: 'one that is not there', id: d, direction: 1 as const },
  ])('leaves $name alone', ({ id, direction }) => {
    expect(moveOnePlace(three, id, direction)).toEqual([]);
  });

  it('renumbers when the new neighbours share a position (two tablets added at once)', () => {
    const tied = [
      { id: a, position: 0 },
      { id: b, position: 1 },
      { id: c, position: 1 },
      { id: d, position: 2 },
    ];
    const changes = moveOnePlace(tied, d, -1);
    expect(orderAfter(tied, changes)).toEqual([a, b, d, c]);
    // Renumbered a 0, b 1, d 2, c 3: d is at 2 already, so only c is edited.
    expect(changes).toEqual([{ id: c, position: 3 }]);
  });

  it('renumbers once halving runs out of precision, and the order still comes out right', () => {
    // Away from 0, where doubles are densest, halving runs out after about 50 moves.
    let items: Positioned[] = [
      { id: a, position: 1 },
      { id: b, position: 2 },
      { id: c, position: 3 },
    ];
    let renumbered = false;
    // Moving the last one up and back down halves the gap each time.
    for (let step = 0; step < 200; step += 1) {
      const id = step % 2 === 0 ? c : b;
      const changes = moveOnePlace(items, id, -1);
      if (changes.length > 1) renumbered = true;
      const expected = orderAfter(items, []);
      const at = expected.indexOf(id);
      expected.splice(at, 1);
      expected.splice(at - 1, 0, id);
      const moved = new Map(changes.map((change) => [change.id, change.position]));
      items = items.map((item) => ({ ...item, position: moved.get(item.id) ?? item.position }));
      expect(orderAfter(items, [])).toEqual(expected);
    }
    expect(renumbered).toBe(true);
  });
});
