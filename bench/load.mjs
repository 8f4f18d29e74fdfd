import { fork } from 'node:child_process';
import path from 'node:path';
import { createHttp } from './lib/http.mjs';
import { startActivitySampler } from './lib/postgres.mjs';
import { repoRoot } from './lib/paths.mjs';
import { cpuDelta, cpuSeconds, machineBusySeconds, startSampler } from './lib/procStats.mjs';
import { startServer } from './lib/server.mjs';
import { joinTeam } from './lib/team.mjs';

const driverEntry = path.join(repoRoot, 'bench', 'loadDriver.mjs');
/** The parent gives up on the driver this long after its planned end. */
const driverGraceMs = 90_000;

/** Runs the driver in its own process; resolves with its figures, kills it if it hangs. */
function runDriver(config) {
  const child = fork(driverEntry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answer;
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new Error(`load driver did not finish within ${config.durationS} s + ${driverGraceMs / 1000} s`));
      },
      config.durationS * 1000 + driverGraceMs,
    );
    child.on('message', (message) => {
      answer = message;
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (answer?.result) resolve(answer.result);
      else reject(new Error(answer?.error ?? `load driver exited (code ${code}, signal ${signal}) without figures`));
    });
    child.send(config);
  });
}

/**
 * Load: the server in one process, `clients` tablets in a forked driver process, each
 * pushing a batch of `editsPerPush` edits and pulling once a second for `durationS`.
 * The server's RSS (VmRSS) is sampled every second from /proc.
 */
export async function runLoad({
  label,
  databaseUrl,
  databaseCpuSeconds,
  clients = 50,
  durationS = 60,
  editsPerPush = 5,
  noteBytes = 600,
}) {
  const server = await startServer({ databaseUrl });
  const http = createHttp(server.baseUrl);
  try {
    const team = await joinTeam(http, server, clients);
    http.close();
    const rss = startSampler(() => server.rssKb(), 1000);
    const machineBefore = machineBusySeconds();
    const benchBefore = process.cpuUsage();
    const activity = databaseUrl ? await startActivitySampler(databaseUrl, 250) : undefined;
    const cpuBefore = cpuSeconds(server.pid);
    const dbCpuBefore = databaseCpuSeconds?.();
    let result;
    let rssKb;
    let serverCpu;
    let databaseCpu;
    let postgresActivity;
    let machineBusy;
    let benchCpu;
    try {
      result = await runDriver({
        baseUrl: server.baseUrl,
        sessionId: team.sessionId,
        devices: team.devices,
        durationS,
        editsPerPush,
        noteBytes,
      });
    } finally {
      const cpuAfter = cpuSeconds(server.pid);
      rssKb = rss.stop();
      serverCpu = cpuDelta(cpuBefore, cpuAfter);
      databaseCpu = cpuDelta(dbCpuBefore, databaseCpuSeconds?.());
      postgresActivity = await activity?.stop();
      machineBusy = cpuDelta(machineBefore, machineBusySeconds());
      const bench = process.cpuUsage(benchBefore);
      benchCpu = (bench.user + bench.system) / 1e6;
    }
    return {
      label,
      storage: databaseUrl ? 'postgresql' : 'sqlite',
      invitesVia: team.invitesVia,
      ...result,
      serverCpuSeconds: serverCpu,
      databaseCpuSeconds: databaseCpu,
      postgresActivity,
      // Everything else the machine did meanwhile (other processes), in CPU seconds.
      otherCpuSeconds: cpuDelta(
        0,
        Math.max(0, machineBusy - serverCpu - (databaseCpu ?? 0) - (result.driverCpuSeconds ?? 0) - benchCpu),
      ),
      serverRssKb: rssKb,
      serverRssSamplesKb: rss.samples.map((sample) => sample.value),
      serverStderr: server.errors.slice(0, 10),
    };
  } catch (error) {
    const stderr = server.errors.slice(0, 15).join('\n');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}${stderr ? `\n--- server stderr ---\n${stderr}` : ''}`,
    );
  } finally {
    http.close();
    await server.stop();
  }
}
