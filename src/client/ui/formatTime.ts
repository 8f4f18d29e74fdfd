/** "Mon 23 Nov, 09:30" in the tablet's own time zone. */
export function formatSessionTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
