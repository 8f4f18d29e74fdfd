import { fork } from 'node:child_process';
import path from 'node:path';
import { createHttp } from './lib/http.mjs';
import { startActivitySampler } from './lib/postgres.mjs';
import { repoRoot } from './lib/paths.mjs';
import { cpuDelta, cpuSeconds, machineBusySeconds, startSampler } from './lib/procStats.mjs';
import { startServer } from './lib/server.mjs';
import { startCpuTimeline } from './lib/cpuTimeline.mjs';
import { joinEngagements } from './lib/engagements.mjs';
import { joinTeam } from './lib/team.mjs';

const driverEntry = path.join(repoRoot, 'bench', 'loadDriver.mjs');
/** The parent gives up on the driver this long after its planned end. */
const driverGraceMs = 90_000;

/** Runs the driver in its own process; resolves with its figures, kills it if it hangs. */
function runDriver(config, { onTicking } = {}) {
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
      if (message?.ticking) onTicking?.(child.pid);
      else answer = message;
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
 * Load: the server in one process (or `processes` processes on one PostgreSQL, the
 * tablets shared among them in turn), `clients` tablets in a forked driver process, each
 * pushing a batch of `editsPerPush` edits and pulling once a second for `durationS`.
 * With `engagements` above 1 the tablets are split into that many engagements (made
 * with the admin command line); else they all join the demo engagement. Each server's
 * RSS (VmRSS) is sampled every second from /proc.
 */
export async function runLoad({
  label,
  databaseUrl,
  databaseCpuSeconds,
  clients = 50,
  engagements = 1,
  processes = 1,
  durationS = 60,
  editsPerPush = 5,
  noteBytes = 600,
}) {
  if (processes > 1 && !databaseUrl) throw new Error('several server processes need PostgreSQL');
  const servers = [await startServer({ databaseUrl })];
  for (let n = 1; n < processes; n += 1) servers.push(await startServer({ databaseUrl, joinLinks: false }));
  const [server] = servers;
  const http = createHttp(server.baseUrl);
  try {
    const team =
      engagements > 1
        ? await joinEngagements(server, engagements, Math.ceil(clients / engagements))
        : await joinTeam(http, server, clients);
    http.close();
    const devices = team.devices.slice(0, clients).map((device, index) => ({
      ...device,
      baseUrl: servers[index % servers.length].baseUrl,
    }));
    const samplers = servers.map((s) => startSampler(() => s.rssKb(), 1000));
    const machineBefore = machineBusySeconds();
    const benchBefore = process.cpuUsage();
    const activity = databaseUrl ? await startActivitySampler(databaseUrl, 250) : undefined;
    const serversCpu = () => servers.reduce((sum, s) => sum + (cpuSeconds(s.pid) ?? 0), 0);
    const cpuBefore = serversCpu();
    const dbCpuBefore = databaseCpuSeconds?.();
    let result;
    let rssKbPerProcess;
    let serverCpu;
    let databaseCpu;
    let postgresActivity;
    let machineBusy;
    let benchCpu;
    let timeline;
    let cpuPerSecond;
    let tickingAt;
    try {
      result = await runDriver(
        {
          baseUrl: server.baseUrl,
          sessionId: team.sessionId,
          devices,
          durationS,
          editsPerPush,
          noteBytes,
        },
        {
          onTicking: (driverPid) => {
            tickingAt = Date.now();
            timeline = startCpuTimeline({ serverPids: servers.map((s) => s.pid), databaseCpuSeconds, driverPid });
          },
        },
      );
    } finally {
      cpuPerSecond = timeline?.stop();
      const cpuAfter = serversCpu();
      rssKbPerProcess = samplers.map((sampler) => sampler.stop());
      serverCpu = cpuDelta(cpuBefore, cpuAfter);
      databaseCpu = cpuDelta(dbCpuBefore, databaseCpuSeconds?.());
      postgresActivity = await activity?.stop(tickingAt);
      machineBusy = cpuDelta(machineBefore, machineBusySeconds());
      const bench = process.cpuUsage(benchBefore);
      benchCpu = (bench.user + bench.system) / 1e6;
    }
    const worst = rssKbPerProcess.reduce((a, b) => ((b.max ?? 0) > (a.max ?? 0) ? b : a));
    return {
      label,
      storage: databaseUrl ? 'postgresql' : 'sqlite',
      invitesVia: team.invitesVia,
      engagements,
      processes,
      ...result,
      serverCpuSeconds: serverCpu,
      databaseCpuSeconds: databaseCpu,
      postgresActivity,
      // Everything else the machine did meanwhile (other processes), in CPU seconds.
      otherCpuSeconds: cpuDelta(
        0,
        Math.max(0, machineBusy - serverCpu - (databaseCpu ?? 0) - (result.driverCpuSeconds ?? 0) - benchCpu),
      ),
      // The process that grew most: the target holds for each process.
      serverRssKb: worst,
      serverRssMaxKbPerProcess: rssKbPerProcess.map((rss) => rss.max),
      cpuPerSecond,
      serverStderr: servers.flatMap((s) => s.errors.slice(0, 10)),
    };
  } catch (error) {
    const stderr = servers
      .flatMap((s) => s.errors)
      .slice(0, 15)
      .join('\n');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}${stderr ? `\n--- server stderr ---\n${stderr}` : ''}`,
    );
  } finally {
    http.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
}
