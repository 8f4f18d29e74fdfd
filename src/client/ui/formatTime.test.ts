import { describe, expect, it } from 'vitest';
import { formatLongDay, formatSessionTime } from './formatTime';

describe('dates as the team reads them', () => {
  it('writes what en-GB writes, in local time', () => {
    for (const iso of [
      '2026-11-23T09:05:00Z',
      '2026-02-28T23:59:00Z',
      '2027-06-01T00:00:00Z',
      '2026-12-31T13:30:00Z',
    ]) {
      const date = new Date(iso);
      expect(formatSessionTime(iso)).toBe(
        date.toLocaleString('en-GB', {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
        }),
      );
      expect(formatLongDay(date)).toBe(
        date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }),
      );
    }
  });
});
