import { describe, expect, it } from 'vitest';
import { ukWallClock } from './ukWallClock';

const intlParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** What Intl (ICU's time zone data for Europe/London) says the UK wall clock reads. */
function fromIntl(date: Date) {
  const parts = Object.fromEntries(intlParts.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: weekdays.indexOf(parts.weekday ?? ''),
  };
}

describe('the UK wall clock, worked out without Intl', () => {
  it('reads as Intl does every half hour around each clock change from 1996 to 2040', () => {
    for (let year = 1996; year <= 2040; year += 1) {
      for (const month of [2, 9]) {
        // The whole last week of the month, where the change falls, half hour by half hour.
        const from = Date.UTC(year, month + 1, 0) - 7 * 24 * 3_600_000;
        for (let at = from; at < from + 9 * 24 * 3_600_000; at += 1_800_000) {
          const date = new Date(at);
          expect(ukWallClock(date), date.toISOString()).toEqual(fromIntl(date));
        }
      }
    }
  });

  it('reads as Intl does at instants spread over the years', () => {
    // A fixed walk (no randomness): 7,919 minutes and 13 seconds apart, from 1996 to 2040.
    for (let at = Date.UTC(1996, 0, 1); at < Date.UTC(2040, 0, 1); at += 475_153_000) {
      const date = new Date(at);
      expect(ukWallClock(date), date.toISOString()).toEqual(fromIntl(date));
    }
  });

  it('leaves instants before 1996 and invalid dates to Intl', () => {
    expect(ukWallClock(new Date('1995-07-01T12:00:00Z'))).toBeUndefined();
    expect(ukWallClock(new Date('not a date'))).toBeUndefined();
  });
});
