import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/** after − before in seconds, to 0.01 s; undefined when either is unknown. */
export function cpuDelta(before, after) {
  return before === undefined || after === undefined ? undefined : Math.round((after - before) * 100) / 100;
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

/** Parent pid of a process, from /proc/<pid>/stat; undefined once it has gone. */
function parentPid(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function processIds() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/**
 * CPU seconds used so far by the PostgreSQL server listening on `port` (the postmaster
 * found by its `-p <port>` argument) and its live backends. Backends that have exited
 * are not counted; the server pools its connections, so that is little.
 */
export function postgresCpuSeconds(port) {
  const postmaster = processIds().find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return (
        path.basename(args[0] ?? '') === 'postgres' &&
        args.some((arg, i) => arg === `-p ${port}` || (arg === '-p' && args[i + 1] === String(port)))
      );
    } catch {
      return false;
    }
  });
  if (postmaster === undefined) return undefined;
  let total = cpuSeconds(postmaster) ?? 0;
  for (const pid of processIds()) if (parentPid(pid) === postmaster) total += cpuSeconds(pid) ?? 0;
  return total;
}

/**
 * CPU seconds the whole machine has spent busy so far (all cores, every process), from
 * the first line of /proc/stat. Minus what the bench's own processes used, it says how
 * much other work (another test run) competed with a benchmark.
 */
export function machineBusySeconds() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
