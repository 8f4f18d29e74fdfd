import { describe, expect, it } from 'vitest';
import { targetIndex } from './rowNavigation';

describe('moving focus between rows by key', () => {
  it('moves by one, a page, or to either end, staying in the list', () => {
    expect(targetIndex('ArrowDown', 4, 10, 3)).toBe(5);
    expect(targetIndex('ArrowUp', 0, 10, 3)).toBe(0);
    expect(targetIndex('PageDown', 8, 10, 3)).toBe(9);
    expect(targetIndex('PageUp', 8, 10, 3)).toBe(5);
    expect(targetIndex('Home', 8, 10, 3)).toBe(0);
    expect(targetIndex('End', 0, 10, 3)).toBe(9);
    expect(targetIndex('a', 0, 10, 3)).toBeNull();
  });
});
