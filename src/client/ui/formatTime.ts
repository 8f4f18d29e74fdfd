// Dates are written out by hand rather than with toLocaleString: the app speaks en-GB
// only, and the first Intl formatter a page makes loads locale data, which cost tens of
// milliseconds of a slow tablet's cold start before the session screen could show.
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
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

const pad = (value: number) => String(value).padStart(2, '0');

/** "Mon 23 Nov, 09:30" in the tablet's own time zone. */
export function formatSessionTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  const weekday = weekdays[date.getDay()]?.slice(0, 3);
  const month = months[date.getMonth()]?.slice(0, 3);
  return `${weekday} ${date.getDate()} ${month}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Monday 23 November" in the tablet's own time zone. */
export function formatLongDay(date: Date): string {
  return `${weekdays[date.getDay()]} ${date.getDate()} ${months[date.getMonth()]}`;
}

/** "4 December 2026" in the tablet's own time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Invalid Date';
  return `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
}
