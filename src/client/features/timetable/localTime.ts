import { formatLongDay } from '../../ui/formatTime';

/** The device's local calendar date of an instant, as YYYY-MM-DD (for a date input). */
export function localDateOf(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The device's local wall-clock time of an instant, as HH:MM (for a time input). */
export function localTimeOf(iso: string): string {
  const date = new Date(iso);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The instant (ISO, UTC) of a local date and time on this device, or null when either is
 * missing or not real. Local because the team is on site and their tablets are too.
 */
export function instantOf(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const instant = new Date(`${date}T${time}:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** "Monday 23 November": a day heading in the timetable. */
export function formatDay(iso: string): string {
  return formatLongDay(new Date(iso));
}

/** "09:30–10:45", local time. */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  return `${localTimeOf(startsAt)}–${localTimeOf(endsAt)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
