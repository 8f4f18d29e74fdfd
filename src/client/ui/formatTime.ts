// Every date and time the app shows goes through this module: UK style (en-GB), in UK
// time (Europe/London) whatever zone the tablet is set to, since the team is on site at
// a UK council. Written by hand from the UK wall clock (ukWallClock.ts), as Intl en-GB
// writes them: the first Intl formatter a page makes loads locale data, which a slow
// tablet's cold start should not wait for. Intl still writes instants before 1996.
import { monthNames, onSiteDates } from '../../domain/outputs/onSiteDates';
import { ukWallClock, type UkWallClock } from './ukWallClock';

const london = 'Europe/London';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** en-GB's short month names: "Sept", not "Sep". */
const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

function lazyFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => {
    format ??= new Intl.DateTimeFormat('en-GB', { timeZone: london, ...options });
    return format.format(date);
  };
}

/** Written from the UK wall clock, or by Intl (`intl`'s options) before 1996. */
function ukFormat(
  intlOptions: Intl.DateTimeFormatOptions,
  write: (wall: UkWallClock) => string,
): (date: Date) => string {
  const intl = lazyFormat(intlOptions);
  return (date) => {
    const wall = ukWallClock(date);
    return wall ? write(wall) : intl(date);
  };
}

const clockOf = (wall: UkWallClock) => `${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;
const sessionTime = ukFormat(
  { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  (wall) => `${weekdays[wall.weekday]?.slice(0, 3)} ${wall.day} ${shortMonths[wall.month - 1]}, ${clockOf(wall)}`,
);
const longDay = ukFormat(
  { weekday: 'long', day: 'numeric', month: 'long' },
  (wall) => `${weekdays[wall.weekday]} ${wall.day} ${monthNames[wall.month - 1]}`,
);
const fullDate = ukFormat(
  { day: 'numeric', month: 'long', year: 'numeric' },
  (wall) => `${wall.day} ${monthNames[wall.month - 1]} ${wall.year}`,
);
const clock = ukFormat({ hour: '2-digit', minute: '2-digit' }, clockOf);
const numericParts = lazyFormatParts();

function validDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Tue 1 Dec, 11:00". */
export function formatSessionTime(iso: string): string {
  const date = validDate(iso);
  return date ? sessionTime(date) : 'Invalid Date';
}

/** "Tuesday 1 December". */
export function formatLongDay(date: Date): string {
  return longDay(date);
}

/** "4 December 2026". */
export function formatDate(iso: string): string {
  const date = validDate(iso);
  return date ? fullDate(date) : 'Invalid Date';
}

/** "11:02". */
export function formatClock(date: Date): string {
  return clock(date);
}

/** "11:02" when the instant is today in the UK, else "Tue 1 Dec, 11:02". */
export function formatRecentTime(date: Date, now: Date): string {
  return ukDateOf(date) === ukDateOf(now) ? clock(date) : sessionTime(date);
}

/**
 * Two calendar dates as a range: "1 to 4 December 2026", "30 November to 4 December
 * 2026", "30 December 2026 to 2 January 2027"; one date when both are the same day. The
 * letter and the presentation write the days on site by the same rule.
 */
export function formatDateRange(from: string, to: string): string {
  return onSiteDates(from, to);
}

/** The UK wall clock's numbers as two-digit text (the year as four). */
function lazyFormatParts(): (date: Date) => Record<string, string> {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => {
    const wall = ukWallClock(date);
    if (wall) {
      const { year, month, day, hour, minute, second } = wall;
      return {
        year: String(year).padStart(4, '0'),
        month: twoDigits(month),
        day: twoDigits(day),
        hour: twoDigits(hour),
        minute: twoDigits(minute),
        second: twoDigits(second),
      };
    }
    format ??= new Intl.DateTimeFormat('en-GB', {
      timeZone: london,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  };
}

/** The UK calendar date of an instant, as YYYY-MM-DD (for a date input). */
export function ukDateOf(date: Date): string {
  const parts = numericParts(date);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The UK wall-clock time of an instant, as HH:MM (for a time input). */
export function ukTimeOf(date: Date): string {
  const parts = numericParts(date);
  return `${parts.hour}:${parts.minute}`;
}

/** How far UK time is ahead of UTC at an instant, in milliseconds (0 or an hour). */
function ukOffsetMs(at: number): number {
  const parts = numericParts(new Date(at));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant of a UK date ("2026-12-01") and wall-clock time ("11:00"), or null when
 * either is missing or not real. A time the clocks skip in spring reads as an hour on.
 */
export function instantOfUkTime(day: string, time: string): Date | null {
  const dayMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dayMatch || !timeMatch) return null;
  const [year, month, date] = [Number(dayMatch[1]), Number(dayMatch[2]), Number(dayMatch[3])];
  const [hour, minute] = [Number(timeMatch[1]), Number(timeMatch[2])];
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  // A day like 31 February rolls over in Date.UTC: it is not a real date.
  if (new Date(wall).getUTCDate() !== date) return null;
  // The offset an hour either side of the wall time decides it (the clocks change at 01:00 UTC).
  const guess = wall - ukOffsetMs(wall);
  return new Date(wall - ukOffsetMs(guess));
}
