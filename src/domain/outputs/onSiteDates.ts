/** The months as UK dates write them in full. */
export const monthNames: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Day = { day: number; month: string; year: string };

/** A calendar date (2026-11-23) read as written: no Date, so no time zone can shift it. */
function readDate(date: string): Day {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: Number(day), month: monthNames[Number(month) - 1] ?? month, year };
}

/**
 * The days on site as a letter writes them: "23 to 26 November 2026", "30 November to
 * 3 December 2026", "30 December 2026 to 2 January 2027", or one day "23 November 2026".
 */
export function onSiteDates(from: string, to: string): string {
  const start = readDate(from);
  const end = readDate(to);
  const last = `${end.day} ${end.month} ${end.year}`;
  if (from === to) return last;
  if (start.year !== end.year) return `${start.day} ${start.month} ${start.year} to ${last}`;
  if (start.month !== end.month) return `${start.day} ${start.month} to ${last}`;
  return `${start.day} to ${last}`;
}

/** "from 23 to 26 November 2026", or "on 23 November 2026" for a single day. */
export function whenOnSite(from: string, to: string): string {
  return `${from === to ? 'on' : 'from'} ${onSiteDates(from, to)}`;
}
