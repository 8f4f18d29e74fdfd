import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const ticksPerSecond = 100;

/** User + system CPU seconds a process has used so far; undefined once it has gone. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/**
 * Samples a value every `everyMs` until stopped; keeps every sample with its time.
 * Used for the server's RSS (VmRSS) while a benchmark runs.
 */
export function startSampler(read, everyMs) {
  const samples = [];
  const started = Date.now();
  const take = () => {
    const value = read();
    if (value !== undefined) samples.push({ atMs: Date.now() - started, value });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
      const values = samples.map((sample) => sample.value);
      return {
        first: values[0],
        max: values.reduce((a, b) => (b > a ? b : a), values[0] ?? 0),
        last: values.at(-1),
        count: values.length,
      };
    },
  };
}
