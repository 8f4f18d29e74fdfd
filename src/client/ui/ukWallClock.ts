// The UK's wall-clock time of an instant, worked out by hand: the first Intl date
// formatter a page makes loads ICU's locale and time zone data, 50–100 ms on a slow
// tablet, and the session screen's first render needs a date (bench/RESULTS.md, issue 10).

/** A UK calendar date and time of day; month 1–12, weekday 0 (Sunday) to 6. */
export type UkWallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
};

const hourMs = 3_600_000;
/** Since 1996 the UK's clocks have changed on the EU's days; earlier rules differed. */
const firstYearOfTheRule = 1996;

/** 01:00 UTC on the last Sunday of a month (0-based), when the UK's clocks change. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * hourMs + hourMs;
}

/**
 * The UK wall clock at an instant: GMT, or British Summer Time (an hour on) from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 * Undefined before 1996 (or for an invalid date): ask Intl for those.
 */
export function ukWallClock(date: Date): UkWallClock | undefined {
  const at = date.getTime();
  const year = date.getUTCFullYear();
  if (Number.isNaN(at) || year < firstYearOfTheRule) return undefined;
  const summer = at >= lastSundayOneUtc(year, 2) && at < lastSundayOneUtc(year, 9);
  const wall = new Date(at + (summer ? hourMs : 0));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
  };
}
