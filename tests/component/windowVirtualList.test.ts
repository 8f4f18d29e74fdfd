import { describe, expect, it } from 'vitest';
import { estimateHeight, renderPlan, rowOffsets, variableRange } from '../../src/client/ui/variableWindow';

const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
const measured = new Map([
  ['a', 100],
  ['b', 300],
  ['c', 50],
]);

describe('the window over rows of different heights', () => {
  it('estimates unmeasured rows as the mean of those measured, or the fallback before any', () => {
    expect(estimateHeight(measured.values(), 200)).toBe(150);
    expect(estimateHeight([], 200)).toBe(200);
  });

  it('places each row after the ones above it, measured or estimated', () => {
    expect(rowOffsets(keys, (key) => measured.get(key), 150)).toEqual([0, 100, 400, 450, 600, 750, 900]);
    expect(rowOffsets([], () => undefined, 150)).toEqual([0]);
  });

  it('renders the rows that meet the viewport, widened by the overscan', () => {
    const offsets = rowOffsets(keys, (key) => measured.get(key), 150);
    // 0–200 px: rows a (0–100) and b (100–400).
    expect(variableRange(offsets, 0, 200, 0)).toEqual({ first: 0, end: 2 });
    // 420–470 px: only c (400–450) and d (450–600).
    expect(variableRange(offsets, 420, 50, 0)).toEqual({ first: 2, end: 4 });
    // 200 px of overscan each way reaches b above and e below.
    expect(variableRange(offsets, 420, 50, 200)).toEqual({ first: 1, end: 5 });
    // Past the end, the last row; before the start, the first.
    expect(variableRange(offsets, 5000, 400, 0)).toEqual({ first: 5, end: 6 });
    expect(variableRange(offsets, -300, 200, 0)).toEqual({ first: 0, end: 1 });
    expect(variableRange([0], 0, 400, 0)).toEqual({ first: 0, end: 0 });
  });

  it('keeps pinned rows (the focused one) and stands blank space for the rows left out', () => {
    const offsets = rowOffsets(keys, (key) => measured.get(key), 150);
    const plan = renderPlan(offsets, { first: 3, end: 5 }, [0, 4]);
    expect(plan.rows).toEqual([
      { index: 0, gapBefore: 0 },
      { index: 3, gapBefore: 350 },
      { index: 4, gapBefore: 0 },
    ]);
    expect(plan.gapAfter).toBe(150);
    // Every row's blank space plus the rendered rows add up to the whole list.
    expect(renderPlan(offsets, { first: 2, end: 3 }, [])).toEqual({
      rows: [{ index: 2, gapBefore: 400 }],
      gapAfter: 450,
    });
  });
});
