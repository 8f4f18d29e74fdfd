// `npm run bench`: builds the server if needed, runs every benchmark against the built
// server on 127.0.0.1 (SQLite and PostgreSQL side by side), prints figures, ratios and
// targets, and writes bench/results/latest.json. A missed target is printed as missed;
// it never fails the run (only a benchmark that could not run exits non-zero).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ensureServerBuilt } from './lib/build.mjs';
import { ensureDir, resultsDir } from './lib/paths.mjs';
import { createDatabase, startCluster } from './lib/postgres.mjs';
import { postgresCpuSeconds } from './lib/procStats.mjs';
import { runLoad } from './load.mjs';
import { runPouchDb } from './pouchdb.mjs';
import { runThroughput } from './throughput.mjs';

const usage = `Usage: npm run bench -- [options]
  --duration=S        load benchmark length in seconds (default 60; 10 is fine while developing)
  --clients=N         load benchmark clients (default 50)
  --engagements=N     split the load's clients into N engagements (default 1: all in the demo's)
  --pg-processes=N    server processes sharing PostgreSQL in the load benchmark (default 1)
  --only=NAME         capture | lighthouse | risk | search | outputs | evening | throughput | load | pouchdb (default all)
  --storage=LIST      sqlite,postgresql (default both)
  --load-storage=LIST storages for the load benchmark (default: --storage)`;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    engagements: { type: 'string', default: '1' },
    'pg-processes': { type: 'string', default: '1' },
    only: { type: 'string' },
    storage: { type: 'string', default: 'sqlite,postgresql' },
    'load-storage': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const durationS = Number(args.duration);
const loadClients = Number(args.clients);
const loadEngagements = Number(args.engagements);
const pgProcesses = Number(args['pg-processes']);
const storages = args.storage.split(',').map((s) => s.trim());
const loadStorages = (args['load-storage'] ?? args.storage).split(',').map((s) => s.trim());
const known = new Set(['sqlite', 'postgresql']);
if (
  !(durationS >= 1 && durationS <= 600) ||
  !(loadClients >= 1 && loadClients <= 500) ||
  !(loadEngagements >= 1 && loadEngagements <= loadClients) ||
  !(pgProcesses >= 1 && pgProcesses <= 4) ||
  ![...storages, ...loadStorages].every((s) => known.has(s))
) {
  console.error(usage);
  process.exit(2);
}
const runs = {
  throughput: args.only === undefined || args.only === 'throughput',
  load: args.only === undefined || args.only === 'load',
  pouchdb: args.only === undefined || args.only === 'pouchdb',
};
// Capture (browser) benchmarks first, before the watchdog's clock matters; `--only=capture` runs them alone.
if (args.only === undefined || args.only === 'capture') {
  await import('./capture.mjs').then((m) => m.runCaptureBenchmarks());
  if (args.only) process.exit(process.exitCode ?? 0);
}
// Lighthouse 12 (mobile) on the start page (issue 10, point 12); `--only=lighthouse` runs it alone.
if (args.only === undefined || args.only === 'lighthouse') {
  await import('./lighthouse.mjs').then((m) => m.runLighthouse());
  if (args.only) process.exit(process.exitCode ?? 0);
}
// The data-at-risk window of typing with the CPU starved (4× throttle, a busy loop per
// core, journeys alongside); `--only=risk` runs it alone.
if (args.only === undefined || args.only === 'risk') {
  await import('./dataAtRisk.mjs').then((m) => m.runDataAtRisk());
  if (args.only) process.exit(process.exitCode ?? 0);
}
// Search over 5,000 notes in Chromium at 4× throttle; `--only=search` runs it alone.
// Then the Search screen of the built app (background index build, opening, keystrokes).
if (args.only === undefined || args.only === 'search') {
  await import('./search-notes.mjs').then((m) => m.runSearchNotes({ writeResults: false }));
  await import('./search-screen.mjs').then((m) => m.runSearchScreen({ writeResults: false }));
  if (args.only) process.exit(process.exitCode ?? 0);
}
// The presentation (.pptx), the letter (.docx) and the non-attribution check of 150
// findings in Chromium at 4× throttle (issue 9); `--only=outputs` runs it alone.
if (args.only === undefined || args.only === 'outputs') {
  await import('./outputs.mjs').then((m) => m.runOutputs({ writeResults: false }));
  if (args.only) process.exit(process.exitCode ?? 0);
}

// The evening board (issue 8) in Chromium at 4× throttle: 3,000 notes and 150 findings;
// `--only=evening` runs it alone.
if (args.only === undefined || args.only === 'evening') {
  await import('./evening.mjs').then((m) => m.runEvening({ writeResults: false }));
  if (args.only) process.exit(process.exitCode ?? 0);
}

/** The targets of the issue; MB is 10^6 bytes (VmRSS is in KiB). */
const targets = {
  /** Issue 11: SQLite's push + pull of 10,000 notes, and PostgreSQL's at most this many times it in the same run. */
  throughputTotalMs: 1500,
  throughputPostgresRatio: 2,
  loadPushP99Ms: 100,
  loadErrors: 0,
  loadRssBytes: 200e6,
  /** Triangulate's push + pull of 10,000 notes at least this many times faster than PouchDB's replication. */
  pouchdbRatio: 10,
};

let cluster;
const stopCluster = async () => {
  const stopping = cluster;
  cluster = undefined;
  await stopping?.stop().catch((error) => console.error(`could not stop the PostgreSQL cluster: ${error.message}`));
};
// Whatever happens, the throwaway cluster goes (servers are killed by lib/server.mjs).
const watchdogMs = (durationS * 2 + 600) * 1000;
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${watchdogMs / 1000} s; stopping everything`);
  void stopCluster().finally(() => process.exit(1));
}, watchdogMs);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void stopCluster().finally(() => process.exit(130)));
}

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

let databaseNumber = 0;
/** A fresh database per server, or `{ reason }` when PostgreSQL cannot be used. */
async function postgresUrl() {
  if (!cluster) {
    const started = await startCluster();
    if (!started.cluster) return { reason: started.reason };
    cluster = started.cluster;
  }
  databaseNumber += 1;
  return { url: await createDatabase(cluster.url, `bench_${process.pid}_${databaseNumber}`) };
}

/** Runs one benchmark on one storage; a failure is recorded (and printed), not thrown. */
async function measure(name, storage, run) {
  let databaseUrl;
  let databaseCpuSeconds;
  if (storage === 'postgresql') {
    const pg = await postgresUrl().catch((error) => ({ reason: error.message }));
    if (!pg.url) return { storage, notMeasured: pg.reason };
    databaseUrl = pg.url;
    const port = new URL(pg.url).port;
    databaseCpuSeconds = () => postgresCpuSeconds(port);
  }
  process.stdout.write(`${name} on ${storage} … `);
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  try {
    const result = await run(databaseUrl, databaseCpuSeconds);
    // Others' processes on the machine (a test run) skew the figures: say how busy it was.
    result.machineLoad1m = {
      before: Math.round(loadBefore * 100) / 100,
      after: Math.round(os.loadavg()[0] * 100) / 100,
    };
    console.log(
      `done in ${((performance.now() - started) / 1000).toFixed(1)} s (1-min load average ${result.machineLoad1m.before} → ${result.machineLoad1m.after})`,
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`FAILED\n${message}`);
    return { storage, notMeasured: `the benchmark failed: ${message.split('\n').slice(0, 4).join(' | ')}` };
  }
}

const mb = (kb) => (kb === undefined ? undefined : Math.round((kb * 1024) / 1e5) / 10);
const fmt = (value) =>
  value === undefined || value === null
    ? '–'
    : typeof value === 'number'
      ? value.toLocaleString('en-GB')
      : String(value);
const ratio = (pg, sqlite) =>
  typeof pg === 'number' && typeof sqlite === 'number' && sqlite !== 0 ? `${(pg / sqlite).toFixed(2)}×` : '–';
const verdict = (met) => (met === undefined ? 'not measured' : met ? 'met' : 'MISSED');

/**
 * Prints a table: figure | SQLite | PostgreSQL | PG/SQLite | target | result. A row's
 * check(value, storage) says met (true), missed (false) or no target there (undefined).
 */
function table(title, rows, bySqlite, byPostgres) {
  const head = ['figure', 'SQLite', 'PostgreSQL', 'PG/SQLite', 'target', 'result'];
  const lines = rows.map(([figure, pick, target, check]) => {
    const s = bySqlite && !bySqlite.notMeasured ? pick(bySqlite) : undefined;
    const p = byPostgres && !byPostgres.notMeasured ? pick(byPostgres) : undefined;
    const met = check
      ? [
          [s, 'sqlite'],
          [p, 'postgresql'],
        ]
          .filter(([v]) => v !== undefined)
          .map(([v, storage]) => check(v, storage))
          .filter((m) => m !== undefined)
      : [];
    const result = !check ? '' : met.length === 0 ? 'not measured' : verdict(met.every(Boolean));
    return [figure, fmt(s), fmt(p), ratio(p, s), target ?? '', result];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((line) => String(line[i]).length)));
  const row = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  say(
    `\n${title}\n\n${row(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.map(row).join('\n')}\n`,
  );
  for (const result of [bySqlite, byPostgres]) {
    if (!result) continue;
    if (result.notMeasured) say(`- ${result.storage}: not measured — ${result.notMeasured}`);
    else say(busyWarning(result));
  }
}

/** Other processes above this share of one core disturb the figures (a test run on the same 2 cores). */
const busyShare = 0.25;

/** One line saying how much other work ran beside a benchmark, and whether that disturbs it. */
function busyWarning(result) {
  const seconds = (result.elapsedMs ?? result.totalMs) / 1000;
  if (result.otherCpuSeconds === undefined || !(seconds > 0))
    return `- ${result.storage}: CPU of other processes unknown`;
  const share = result.otherCpuSeconds / seconds;
  const load = result.machineLoad1m
    ? `; 1-min load average ${result.machineLoad1m.before} → ${result.machineLoad1m.after}`
    : '';
  return share > busyShare
    ? `- ${result.storage}: DISTURBED — other processes used ${Math.round(share * 100)}% of one core meanwhile${load}: these figures understate the server`
    : `- ${result.storage}: quiet — other processes used ${Math.round(share * 100)}% of one core meanwhile${load}`;
}

/** The tables and verdicts, printed and kept for bench/results/latest.md. */
const markdown = [];
const say = (text) => {
  console.log(text);
  markdown.push(text);
};

const benchStarted = performance.now();
const report = {
  date: new Date().toISOString(),
  machine: machine(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  serverBuild: undefined,
  targets,
  throughput: {},
  load: {},
  pouchdb: undefined,
  verdicts: [],
};

try {
  report.serverBuild = ensureServerBuilt();
  console.log(
    `bench: server ${report.serverBuild}; ${report.machine.cores} cores, ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}`,
  );
  if (runs.throughput) {
    for (const storage of storages) {
      report.throughput[storage] = await measure(
        'throughput (4 clients × 2,500 notes)',
        storage,
        (databaseUrl, databaseCpuSeconds) => runThroughput({ label: storage, databaseUrl, databaseCpuSeconds }),
      );
    }
  }
  if (runs.load) {
    for (const storage of loadStorages) {
      const processes = storage === 'postgresql' ? pgProcesses : 1;
      report.load[storage] = await measure(
        `load (${loadClients} clients in ${loadEngagements} engagement(s), ${processes} process(es), ${durationS} s)`,
        storage,
        (databaseUrl, databaseCpuSeconds) =>
          runLoad({
            label: storage,
            databaseUrl,
            databaseCpuSeconds,
            clients: loadClients,
            engagements: loadEngagements,
            processes,
            durationS,
          }),
      );
    }
  }
  if (runs.pouchdb) {
    process.stdout.write('PouchDB replication beside Triangulate on SQLite (10,000 notes) … ');
    const started = performance.now();
    report.pouchdb = await runPouchDb().catch((error) => ({
      notMeasured: `the benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
    }));
    console.log(report.pouchdb.notMeasured ?? `done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await stopCluster();
}

const { sqlite: tS, postgresql: tP } = report.throughput;
if (runs.throughput) {
  table(
    'Throughput: 4 clients × 2,500 notes (~600 B) pushed in pushes of 500, then pulled from 0 by all 4 (127.0.0.1)',
    [
      [
        'push + pull, ms',
        (r) => r.totalMs,
        `≤ ${fmt(targets.throughputTotalMs)} (SQLite)`,
        (v, storage) => (storage === 'sqlite' ? v <= targets.throughputTotalMs : undefined),
      ],
      ['push phase, ms', (r) => r.pushMs],
      ['pull phase, ms', (r) => r.pullMs],
      ['notes pushed / s', (r) => r.notesPerSecondPushed],
      ['records pulled / s', (r) => r.recordsPerSecondPulled],
      ['one push of 500: p50 ms', (r) => r.push.p50],
      ['one push of 500: max ms', (r) => r.push.max],
      ['one pull page (1,000): p50 ms', (r) => r.pullPage.p50],
      ['one pull page (1,000): max ms', (r) => r.pullPage.max],
      ['server CPU, s', (r) => r.serverCpuSeconds],
      ['PostgreSQL CPU, s', (r) => r.databaseCpuSeconds],
      ['bench clients CPU, s', (r) => r.benchCpuSeconds],
      ['other processes on the machine, CPU s', (r) => r.otherCpuSeconds],
      ['server RSS max, MB', (r) => mb(r.serverRssKb.max)],
      ['every client got all 10,000', (r) => (r.everyClientSawEveryNote ? 'yes' : 'NO')],
      ['errors', (r) => r.errors],
    ],
    tS,
    tP,
  );
  const met =
    tS && !tS.notMeasured
      ? tS.totalMs <= targets.throughputTotalMs && tS.errors === 0 && tS.everyClientSawEveryNote
      : undefined;
  report.verdicts.push({ target: `throughput on SQLite ≤ ${targets.throughputTotalMs} ms`, value: tS?.totalMs, met });
  say(
    `- target: SQLite push + pull ≤ ${fmt(targets.throughputTotalMs)} ms (all notes delivered, no errors): ${verdict(met)}`,
  );
  const pgRatio = tS && tP && !tS.notMeasured && !tP.notMeasured ? tP.totalMs / tS.totalMs : undefined;
  const pgMet =
    pgRatio === undefined
      ? undefined
      : pgRatio <= targets.throughputPostgresRatio && tP.errors === 0 && tP.everyClientSawEveryNote;
  report.verdicts.push({
    target: `throughput on PostgreSQL ≤ ${targets.throughputPostgresRatio}× SQLite's`,
    value: pgRatio === undefined ? undefined : Math.round(pgRatio * 100) / 100,
    met: pgMet,
  });
  say(
    `- target: PostgreSQL push + pull ≤ ${targets.throughputPostgresRatio}× SQLite's in the same run: ${verdict(pgMet)}${pgRatio === undefined ? '' : ` (${pgRatio.toFixed(2)}×)`}`,
  );
}

const { sqlite: lS, postgresql: lP } = report.load;
if (runs.load) {
  table(
    `Load: ${loadClients} clients in ${loadEngagements} engagement(s), in a separate process, each second 1 push of 5 edits + 1 pull, ${durationS} s; PostgreSQL: ${pgProcesses} server process(es)`,
    [
      ['push p50, ms', (r) => r.push.p50],
      ['push p95, ms', (r) => r.push.p95],
      ['push p99, ms', (r) => r.push.p99, `≤ ${targets.loadPushP99Ms}`, (v) => v <= targets.loadPushP99Ms],
      ['push max, ms', (r) => r.push.max],
      ['pushes over 50 ms / 100 ms', (r) => `${r.pushesOver50Ms} / ${r.pushesOver100Ms}`],
      ['seconds with a push over 100 ms', (r) => r.pushMaxPerSecondMs.filter((ms) => ms > 100).length],
      ['pull p50, ms', (r) => r.pull.p50],
      ['pull p95, ms', (r) => r.pull.p95],
      ['pull p99, ms', (r) => r.pull.p99],
      ['pull max, ms', (r) => r.pull.max],
      ['pushes done', (r) => r.pushes, `${fmt(loadClients * durationS)} planned`],
      ['ticks skipped (client busy)', (r) => r.skippedTicks],
      ['errors (non-2xx or network)', (r) => r.errors, '0', (v) => v === targets.loadErrors],
      [
        'server RSS max (largest process), MB',
        (r) => mb(r.serverRssKb.max),
        '≤ 200',
        (v) => v * 1e6 <= targets.loadRssBytes,
      ],
      ['server RSS max per process, MB', (r) => r.serverRssMaxKbPerProcess?.map(mb).join(' / ')],
      ['server RSS at end, MB', (r) => mb(r.serverRssKb.last)],
      [
        'server CPU, % of one core',
        (r) =>
          r.serverCpuSeconds === undefined ? undefined : Math.round((r.serverCpuSeconds / (r.elapsedMs / 1000)) * 100),
      ],
      [
        'PostgreSQL CPU, % of one core',
        (r) =>
          r.databaseCpuSeconds === undefined
            ? undefined
            : Math.round((r.databaseCpuSeconds / (r.elapsedMs / 1000)) * 100),
      ],
      ['PostgreSQL: server connections, max', (r) => r.postgresActivity?.connectionsMax],
      [
        'PostgreSQL: waiting for the engagement lock, mean / max',
        (r) =>
          r.postgresActivity
            ? `${r.postgresActivity.waitingForLockMean} / ${r.postgresActivity.waitingForLockMax}`
            : undefined,
      ],
      ['driver CPU, % of one core', (r) => Math.round((r.driverCpuSeconds / (r.elapsedMs / 1000)) * 100)],
      [
        'other processes on the machine, % of one core',
        (r) =>
          r.otherCpuSeconds === undefined ? undefined : Math.round((r.otherCpuSeconds / (r.elapsedMs / 1000)) * 100),
      ],
      ['records pulled / s', (r) => Math.round(r.pulledRecords / (r.elapsedMs / 1000))],
    ],
    lS,
    lP,
  );
  for (const result of [lS, lP]) {
    if (!result) continue;
    const measured = !result.notMeasured;
    report.verdicts.push(
      {
        target: `load on ${result.storage}: push p99 ≤ ${targets.loadPushP99Ms} ms`,
        value: result.push?.p99,
        met: measured ? result.push.p99 <= targets.loadPushP99Ms : undefined,
      },
      {
        target: `load on ${result.storage}: zero errors`,
        value: result.errors,
        met: measured ? result.errors === 0 : undefined,
      },
      {
        target: `load on ${result.storage}: server RSS ≤ 200 MB`,
        value: measured ? mb(result.serverRssKb.max) : undefined,
        met: measured ? result.serverRssKb.max * 1024 <= targets.loadRssBytes : undefined,
      },
    );
  }
  for (const result of [lS, lP]) {
    if (!result || result.notMeasured || !result.pushP99PerSecondMs) continue;
    // Where the slow pushes fall, and what each process was doing in that second.
    const lines = result.pushP99PerSecondMs.map((p99, second) => {
      const cpu = result.cpuPerSecond?.[second];
      const cpuText = cpu
        ? ` | ${cpu.servers.map(fmt).join(' + ')} | ${fmt(cpu.database)} | ${fmt(cpu.driver)} | ${fmt(cpu.machine)}`
        : ' | | | |';
      return `| ${second + 1} | ${result.pushCountPerSecond[second]} | ${p99} | ${result.pushMaxPerSecondMs[second]} | ${fmt(result.postgresActivity?.waitingForLockPerSecond?.[second])}${cpuText} |`;
    });
    say(
      `\nLoad on ${result.storage}, each second: pushes sent, their p99 and max (ms), connections waiting for an engagement lock (max), CPU (% of one core)\n\n| s | pushes | p99 | max | lock waiters | servers | PostgreSQL | driver | machine |\n|---|---|---|---|---|---|---|---|---|\n${lines.join('\n')}\n`,
    );
  }
  for (const v of report.verdicts.filter((v) => v.target.startsWith('load')))
    say(`- target: ${v.target}: ${verdict(v.met)} (${fmt(v.value)})`);
}

if (runs.pouchdb && report.pouchdb && !report.pouchdb.notMeasured) {
  const { pouchdb: p, triangulate: t, floor: f, ratio, floorRatio, overFloor } = report.pouchdb;
  const rows = [
    ['push (replicate to the server), ms', p.pushMs, t.pushMs, f.pushMs],
    ['pull (into an empty copy), ms', p.pullMs, t.pullMs, f.pullMs],
    ['push + pull, ms', p.totalMs, t.totalMs, f.totalMs],
    ['server CPU, s', p.serverCpuSeconds, t.serverCpuSeconds, f.serverCpuSeconds],
    [
      'every note arrived',
      p.everyNoteArrived ? 'yes' : 'NO',
      t.everyNoteArrived ? 'yes' : 'NO',
      f.everyNoteArrived ? 'yes' : 'NO',
    ],
    ['errors', p.errors, t.errors, f.errors],
  ];
  say(
    `\nThe alternative: 10,000 notes (~600 B) by PouchDB (memory adapter, default batch size) to express-pouchdb (memory adapter), and by Triangulate (SQLite, pushes of 500); both servers on 127.0.0.1. The SQLite floor (bench/sqliteFloorServer.mjs) takes the same pushes and pulls with only the row reads and writes: no validation, merge rules, stamps, audit or sign-in.\n\n| figure | PouchDB | Triangulate | SQLite floor |\n|---|---|---|---|\n${rows.map(([name, a, b, c]) => `| ${name} | ${fmt(a)} | ${fmt(b)} | ${fmt(c)} |`).join('\n')}\n`,
  );
  say(
    `- the SQLite floor is ${floorRatio}× faster than PouchDB (the most any server on this storage shows in this run); Triangulate takes ${overFloor}× the floor's time`,
  );
  const met = ratio >= targets.pouchdbRatio;
  report.verdicts.push({ target: `Triangulate ≥ ${targets.pouchdbRatio}× faster than PouchDB`, value: ratio, met });
  say(`- target: Triangulate ≥ ${targets.pouchdbRatio}× faster than PouchDB replication: ${verdict(met)} (${ratio}×)`);
} else if (runs.pouchdb) {
  say(`- PouchDB comparison: not measured — ${report.pouchdb?.notMeasured ?? 'no result'}`);
}

report.durationS = Math.round((performance.now() - benchStarted) / 100) / 10;
const out = path.join(ensureDir(resultsDir), 'latest.json');
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
const header = `${report.date} — ${report.machine.cores} cores, ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node} — \`${report.command}\` (${report.durationS} s)`;
writeFileSync(path.join(resultsDir, 'latest.md'), `${header}\n${markdown.join('\n')}\n`);
console.log(
  `\nbench: finished in ${report.durationS} s; figures in ${path.relative(process.cwd(), out)} and latest.md`,
);
const failedToRun = [
  ...Object.values(report.throughput),
  ...Object.values(report.load),
  ...(report.pouchdb ? [report.pouchdb] : []),
].some((r) => r.notMeasured && r.notMeasured.startsWith('the benchmark failed'));
clearTimeout(watchdog);
process.exitCode = failedToRun ? 1 : 0;
