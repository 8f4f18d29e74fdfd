import { useEffect, useState } from 'react';

/** The current time from `now`, read again every half minute so "now" and "next" move on. */
export function useClock(now: () => Date): Date {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 30_000);
    return () => clearInterval(timer);
  }, [now]);
  return time;
}
