import { describe, expect, it } from 'vitest';
import { inWrittenOrder } from './writtenOrder';

describe('strings in written order', () => {
  it('puts ISO 8601 times in time order, milliseconds included', () => {
    const times = [
      '2026-12-01T11:00:00.010Z',
      '2026-11-30T23:59:59.999Z',
      '2026-12-01T11:00:00.002Z',
      '2027-01-01T00:00:00.000Z',
    ];
    expect([...times].sort(inWrittenOrder)).toEqual([
      '2026-11-30T23:59:59.999Z',
      '2026-12-01T11:00:00.002Z',
      '2026-12-01T11:00:00.010Z',
      '2027-01-01T00:00:00.000Z',
    ]);
  });

  it('orders ids the same way whatever the language, and says when two are the same', () => {
    expect(['b0', 'a1', 'B2', 'a0'].sort(inWrittenOrder)).toEqual(['B2', 'a0', 'a1', 'b0']);
    expect(inWrittenOrder('same', 'same')).toBe(0);
  });
});
