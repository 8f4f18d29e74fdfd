import { formatClock, formatLongDay, instantOfUkTime, ukDateOf, ukTimeOf } from '../../ui/formatTime';

/** The UK calendar date of an instant, as YYYY-MM-DD (for a date input). */
export function localDateOf(iso: string): string {
  return ukDateOf(new Date(iso));
}

/** The UK wall-clock time of an instant, as HH:MM (for a time input). */
export function localTimeOf(iso: string): string {
  return ukTimeOf(new Date(iso));
}

/**
 * The instant (ISO, UTC) of a UK date and time, or null when either is missing or not
 * real. UK time because the team is on site at a UK council, whatever the tablet says.
 */
export function instantOf(date: string, time: string): string | null {
  return instantOfUkTime(date, time)?.toISOString() ?? null;
}

/** "Monday 23 November": a day heading in the timetable. */
export function formatDay(iso: string): string {
  return formatLongDay(new Date(iso));
}

/** "09:30–10:45", UK time. */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  return `${formatClock(new Date(startsAt))}–${formatClock(new Date(endsAt))}`;
}
