import { cpuSeconds, machineBusySeconds } from './procStats.mjs';

/**
 * Each process's CPU in every second of a run, as % of one core: the servers (one entry
 * each), PostgreSQL, the load driver and the whole machine. Shows whether a slow second
 * is a saturated machine (code still cold, another worker) or waiting on something else.
 */
export function startCpuTimeline({ serverPids, databaseCpuSeconds, driverPid }) {
  const read = () => ({
    servers: serverPids.map((pid) => cpuSeconds(pid)),
    database: databaseCpuSeconds?.(),
    driver: cpuSeconds(driverPid),
    machine: machineBusySeconds(),
  });
  const seconds = [];
  let last = read();
  const pct = (after, before) =>
    after === undefined || before === undefined ? undefined : Math.round((after - before) * 100);
  const timer = setInterval(() => {
    const now = read();
    seconds.push({
      servers: now.servers.map((value, i) => pct(value, last.servers[i])),
      database: pct(now.database, last.database),
      driver: pct(now.driver, last.driver),
      machine: pct(now.machine, last.machine),
    });
    last = now;
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      return seconds;
    },
  };
}
