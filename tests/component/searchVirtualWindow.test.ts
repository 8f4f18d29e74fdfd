import { describe, expect, it } from 'vitest';
import { scrollToShow, targetIndex, visibleRange } from '../../src/client/ui/virtualWindow';

describe('VirtualList window', () => {
  it('renders the rows in view plus the overscan, within the list', () => {
    expect(visibleRange(5000, 100, 0, 600, 5)).toEqual({ first: 0, end: 11 });
    expect(visibleRange(5000, 100, 1000, 600, 5)).toEqual({ first: 5, end: 21 });
    expect(visibleRange(5000, 100, 499_400, 600, 5)).toEqual({ first: 4989, end: 5000 });
    expect(visibleRange(0, 100, 0, 600, 5)).toEqual({ first: 0, end: 0 });
  });

  it('scrolls only as far as needed to show a row', () => {
    expect(scrollToShow(3, 100, 0, 600)).toBe(0);
    expect(scrollToShow(8, 100, 0, 600)).toBe(300);
    expect(scrollToShow(1, 100, 500, 600)).toBe(100);
  });

  it('moves by one, a page, or to either end, staying in the list', () => {
    expect(targetIndex('ArrowDown', 4, 10, 3)).toBe(5);
    expect(targetIndex('ArrowUp', 0, 10, 3)).toBe(0);
    expect(targetIndex('PageDown', 8, 10, 3)).toBe(9);
    expect(targetIndex('Home', 8, 10, 3)).toBe(0);
    expect(targetIndex('End', 0, 10, 3)).toBe(9);
    expect(targetIndex('a', 0, 10, 3)).toBeNull();
  });
});
