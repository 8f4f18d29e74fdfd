import { describe, expect, it } from 'vitest';
import { byPosition, positionAfterAll, positionAt, positionBetween, type Positioned } from './position';

const item = (id: string, position: number): Positioned => ({ id, position });
const order = (items: Positioned[]) => [...items].sort(byPosition).map((i) => i.id);

describe('positions in a lane', () => {
  it('sorts by position, ties by id', () => {
    expect(order([item('c', 1), item('b', 0.5), item('a', 1)])).toEqual(['b', 'a', 'c']);
  });

  it.each([
    [undefined, undefined, 0],
    [undefined, 3, 2],
    [3, undefined, 4],
    [1, 2, 1.5],
    [2, 2, 2],
  ])('between %s and %s is %s', (before, after, expected) => {
    expect(positionBetween(before, after)).toBe(expected);
  });

  it('keeps finding room between close neighbours many times over', () => {
    let low = 0;
    const high = 1;
    for (let i = 0; i < 40; i += 1) {
      const middle = positionBetween(low, high);
      expect(middle).toBeGreaterThan(low);
      expect(middle).toBeLessThan(high);
      low = middle;
    }
  });

  it('places a moved item at the index asked for, counted without it', () => {
    const lane = [item('a', 0), item('b', 1), item('c', 2)];
    const moveTo = (id: string, index: number) =>
      order(lane.map((i) => (i.id === id ? item(id, positionAt(lane, id, index)) : i)));
    expect(moveTo('c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo('a', 2)).toEqual(['b', 'c', 'a']);
    expect(moveTo('a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveTo('b', 99)).toEqual(['a', 'c', 'b']);
  });

  it('puts a new item after all others', () => {
    expect(positionAfterAll([])).toBe(0);
    expect(positionAfterAll([item('a', 4), item('b', -1)])).toBe(5);
  });
});
