/** Offset of Europe/London from UTC at the given moment, in minutes (0 or 60). */
function londonOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Today's date in the UK, plus `days`, as YYYY-MM-DD: the demo's visit happens in UK time. */
export function londonDate(now: Date, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** The instant (ISO, UTC) of a UK wall-clock time such as 09:30 on a YYYY-MM-DD date. */
export function londonInstant(date: string, hours: number, minutes: number): string {
  const asIfUtc = new Date(`${date}T00:00:00Z`);
  asIfUtc.setUTCHours(hours, minutes);
  return new Date(asIfUtc.getTime() - londonOffsetMinutes(asIfUtc) * 60_000).toISOString();
}
