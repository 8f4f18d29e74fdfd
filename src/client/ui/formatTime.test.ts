import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatDateRange,
  formatLongDay,
  formatRecentTime,
  formatSessionTime,
  instantOfUkTime,
  ukDateOf,
  ukTimeOf,
} from './formatTime';

describe('dates as the team reads them: UK style, UK time', () => {
  it.each([
    ['2026-12-01T11:00:00Z', 'Tue 1 Dec, 11:00'],
    // British Summer Time: an hour ahead of UTC, whatever zone the tablet is in.
    ['2026-07-14T08:05:00Z', 'Tue 14 Jul, 09:05'],
    ['2026-03-29T00:59:00Z', 'Sun 29 Mar, 00:59'],
    ['2026-03-29T01:00:00Z', 'Sun 29 Mar, 02:00'],
    ['2026-10-25T00:30:00Z', 'Sun 25 Oct, 01:30'],
    ['2026-10-25T01:30:00Z', 'Sun 25 Oct, 01:30'],
  ])('%s is "%s"', (iso, words) => {
    expect(formatSessionTime(iso)).toBe(words);
  });

  it('writes days, dates and clock times', () => {
    expect(formatLongDay(new Date('2026-12-01T23:30:00Z'))).toBe('Tuesday 1 December');
    // 23:30 UTC in June is already the next day in the UK.
    expect(formatLongDay(new Date('2026-06-01T23:30:00Z'))).toBe('Tuesday 2 June');
    expect(formatDate('2026-12-04T10:00:00Z')).toBe('4 December 2026');
    expect(formatClock(new Date('2026-12-01T11:02:00Z'))).toBe('11:02');
    expect(formatSessionTime('not a time')).toBe('Invalid Date');
  });

  it('writes a recent time as the clock today and with its day before', () => {
    const now = new Date('2026-12-01T15:00:00Z');
    expect(formatRecentTime(new Date('2026-12-01T11:02:00Z'), now)).toBe('11:02');
    expect(formatRecentTime(new Date('2026-11-30T17:45:00Z'), now)).toBe('Mon 30 Nov, 17:45');
  });

  it.each([
    ['2026-12-01', '2026-12-04', '1 to 4 December 2026'],
    ['2026-11-30', '2026-12-04', '30 November to 4 December 2026'],
    ['2026-12-30', '2027-01-02', '30 December 2026 to 2 January 2027'],
    ['2026-12-01', '2026-12-01', '1 December 2026'],
  ])('the days on site %s to %s are "%s"', (from, to, words) => {
    expect(formatDateRange(from, to)).toBe(words);
  });
});

describe('UK wall-clock time for the timetable inputs', () => {
  it('reads an instant as a UK date and time, and back', () => {
    for (const iso of ['2026-12-01T11:00:00.000Z', '2026-07-14T08:05:00.000Z', '2026-06-01T23:30:00.000Z']) {
      const date = new Date(iso);
      expect(instantOfUkTime(ukDateOf(date), ukTimeOf(date))?.toISOString()).toBe(iso);
    }
    expect(ukDateOf(new Date('2026-06-01T23:30:00Z'))).toBe('2026-06-02');
    expect(ukTimeOf(new Date('2026-06-01T23:30:00Z'))).toBe('00:30');
  });

  it('keeps the wall-clock time across the clock changes', () => {
    expect(instantOfUkTime('2026-03-29', '00:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(instantOfUkTime('2026-03-29', '09:00')?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // 01:30 does not exist that morning: it reads as an hour on.
    expect(instantOfUkTime('2026-03-29', '01:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOfUkTime('2026-10-25', '09:00')?.toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(instantOfUkTime('2026-10-24', '09:00')?.toISOString()).toBe('2026-10-24T08:00:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(instantOfUkTime('2026-02-31', '09:00')).toBeNull();
    expect(instantOfUkTime('2026-12-01', '24:00')).toBeNull();
    expect(instantOfUkTime('', '09:00')).toBeNull();
    expect(instantOfUkTime('2026-12-01', '9')).toBeNull();
  });
});

describe('written by hand as Intl en-GB writes them', () => {
  const intl = (options: Intl.DateTimeFormatOptions) => (date: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', ...options }).format(date);
  const intlSessionTime = intl({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const intlLongDay = intl({ weekday: 'long', day: 'numeric', month: 'long' });
  const intlDate = intl({ day: 'numeric', month: 'long', year: 'numeric' });
  const intlClock = intl({ hour: '2-digit', minute: '2-digit' });

  it('matches Intl for every month, day of the week and both sides of the clock changes', () => {
    // Every 3 days and 5 hours over three years: every month and weekday, GMT and BST.
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2028, 0, 1); at += (3 * 24 + 5) * 3_600_000 + 61_000) {
      const date = new Date(at);
      const iso = date.toISOString();
      expect(formatSessionTime(iso), iso).toBe(intlSessionTime(date));
      expect(formatLongDay(date), iso).toBe(intlLongDay(date));
      expect(formatDate(iso), iso).toBe(intlDate(date));
      expect(formatClock(date), iso).toBe(intlClock(date));
    }
  });

  it('still writes instants before 1996 through Intl', () => {
    expect(formatSessionTime('1990-07-01T12:00:00Z')).toBe('Sun 1 Jul, 13:00');
    expect(formatDate('1990-07-01T12:00:00Z')).toBe('1 July 1990');
  });
});
