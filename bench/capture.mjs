// The capture benchmarks of "On-site capture", in Chromium at 4× CPU throttle against the
// built server serving the built PWA: keystroke → durable write (and the write against a
// bare Dexie put), cold start offline to a focused editor, and the initial JavaScript's
// gzip size. `node bench/capture.mjs` runs them alone; `npm run bench` runs them first.
// Figures go to bench/results/capture.json and capture.md; a missed target is printed as
// MISSED and never fails the run (only a benchmark that could not run exits non-zero).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './bundleSize.mjs';
import { benchClientDir, cpuThrottleRate, ensureClientBuilt, launchChromium } from './captureClient.mjs';
import { runKeystrokeBenchmark } from './captureKeystroke.mjs';
import { runColdStartBenchmark } from './coldStart.mjs';
import { ensureServerBuilt } from './lib/build.mjs';
import { ensureDir, resultsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';

export const captureTargets = {
  keystrokeP95Ms: 50,
  writeRatio: 2,
  coldStartMs: 1000,
  /** Issue 10, point 12: the app's cold start at most this many times the floor's, same run. */
  coldStartFloorRatio: 1.2,
  initialGzipBytes: 150_000,
};

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (met) => (met === undefined ? 'not measured' : met ? 'met' : 'MISSED');

async function attempt(name, run) {
  process.stdout.write(`capture: ${name} … `);
  const started = Date.now();
  try {
    const loadBefore = os.loadavg()[0];
    const result = await run();
    // Other processes on the 2 cores (a test run) skew browser timings: say how busy it was.
    result.machineLoad1m = {
      before: Math.round(loadBefore * 100) / 100,
      after: Math.round(os.loadavg()[0] * 100) / 100,
    };
    console.log(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s (1-min load average ${result.machineLoad1m.before} → ${result.machineLoad1m.after})`,
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`FAILED\n${message}`);
    return { notMeasured: message.split('\n').slice(0, 4).join(' | ') };
  }
}

/** Runs all three, prints figures with targets and verdicts, writes the results files. */
export async function runCaptureBenchmarks({
  keystrokes = Number(process.env.CAPTURE_KEYSTROKES ?? 300),
  coldRuns = 5,
} = {}) {
  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage1m: os.loadavg()[0],
    },
    cpuThrottleRate,
    targets: captureTargets,
    serverBuild: ensureServerBuilt(),
    clientBuild: ensureClientBuilt(),
  };
  report.bundle = await attempt('initial JavaScript size', () => measureBundle(benchClientDir));
  const server = await startServer({ clientDir: benchClientDir });
  const browser = await launchChromium();
  try {
    report.keystroke = await attempt(`keystroke → durable write (${keystrokes} keystrokes)`, () =>
      runKeystrokeBenchmark({ browser, server, keystrokes }),
    );
    report.coldStart = await attempt(`cold start offline (${coldRuns} runs)`, () =>
      runColdStartBenchmark({ server, runs: coldRuns }),
    );
  } finally {
    await browser.close();
    await server.stop();
  }

  const { keystroke: k, coldStart: c, bundle: b } = report;
  const measured = (r) => r && !r.notMeasured;
  report.verdicts = [
    {
      target: `keystroke → durable write p95 ≤ ${captureTargets.keystrokeP95Ms} ms`,
      value: k?.keystrokeToDurable?.p95,
      met: measured(k) ? k.keystrokeToDurable.p95 <= captureTargets.keystrokeP95Ms : undefined,
    },
    // Like for like: both writes made by typing in the same page and timed the same way.
    {
      target: `app write / bare Dexie put made by typing (p50) ≤ ${captureTargets.writeRatio}×`,
      value: k?.ratioToTypedPutP50,
      met: measured(k) ? k.ratioToTypedPutP50 <= captureTargets.writeRatio : undefined,
    },
    // The same against a put made with nothing else going on in the page.
    {
      target: `app write / bare Dexie put in an idle page (p50) ≤ ${captureTargets.writeRatio}×`,
      value: k?.ratioP50,
      met: measured(k) ? k.ratioP50 <= captureTargets.writeRatio : undefined,
    },
    {
      target: `cold start offline to a focused editor (median) ≤ ${captureTargets.coldStartMs} ms`,
      value: c?.editorFocused?.p50,
      met: measured(c) ? c.editorFocused.p50 <= captureTargets.coldStartMs : undefined,
    },
    {
      target: `cold start offline to a focused editor ≤ ${captureTargets.coldStartFloorRatio}× the floor page (medians, same run)`,
      value: measured(c) ? Math.round((c.editorFocused.p50 / c.floor.editorFocused.p50) * 100) / 100 : undefined,
      met: measured(c)
        ? c.editorFocused.p50 <= captureTargets.coldStartFloorRatio * c.floor.editorFocused.p50
        : undefined,
    },
    {
      target: `initial JavaScript gzip ≤ ${kB(captureTargets.initialGzipBytes)}`,
      value: b?.initialGzipBytes,
      met: measured(b) ? b.initialGzipBytes <= captureTargets.initialGzipBytes : undefined,
    },
  ];

  const lines = [];
  const say = (line) => {
    console.log(line);
    lines.push(line);
  };
  say(
    `\nCapture benchmarks — Chromium (${cpuThrottleRate}× CPU throttle), ${report.machine.cores} cores, ${report.machine.cpuModel}, Node ${report.machine.node}`,
  );
  if (measured(k)) {
    const s = (x) => `p50 ${x.p50} / p95 ${x.p95} / max ${x.max} ms`;
    say(
      `- keystroke → durable write (input event → IndexedDB complete), ${k.keystrokes} keystrokes ${k.typedCharactersApart} ms apart: ${s(k.keystrokeToDurable)} (${k.unpairedKeystrokes} unpaired)`,
    );
    say(`- the app's write (saveEdit transaction → complete), ${k.noteWrites} writes: ${s(k.appWriteTransaction)}`);
    say(
      `- bare Dexie put of the same ${k.recordBytes}-byte record (transaction → complete): ${s(k.barePutTransaction)}; put() call → resolved ${s(k.barePutCall)}`,
    );
    say(
      `- bare Dexie put of the record and its outbox entry in one transaction, no reads (the least an edit can write here): ${s(k.bareRecordAndEntryTransaction)}`,
    );
    say(
      `- the same requests as the app's typing write (read back record and entry, put both), bare: ${s(k.bareTypingRequestsTransaction)}`,
    );
    say(
      `- bare Dexie put made by typing into a plain text box in the same page (one put per input event, the page laying out the text as the app's does): transaction ${s(k.typedBarePutTransaction)}; keystroke → durable ${s(k.typedBarePutKeystrokeToDurable)}; app write / this put ${k.ratioToTypedPutP50}× at p50`,
    );
    say(
      `- ratio app write / bare put: ${k.ratioP50}× at p50, ${k.ratioP95}× at p95; bare record + entry / bare put: ${Math.round((k.bareRecordAndEntryTransaction.p50 / k.barePutTransaction.p50) * 100) / 100}× at p50`,
    );
    say(
      `- IndexedDB transactions per keystroke while typing: ${k.readTransactionsPerKeystroke} read (live queries re-reading: ${Object.entries(
        k.readTransactionsPerKeystrokeByStores,
      )
        .filter(([, n]) => n > 0)
        .map(([stores, n]) => `${stores} ${n}`)
        .join(', ')}), ${k.writeTransactionsPerKeystroke} write`,
    );
  } else say(`- keystroke: not measured — ${k?.notMeasured}`);
  if (measured(c)) {
    const s = (x) => `median ${x.p50} / max ${x.max} ms`;
    say(
      `- cold start offline (${c.runs} relaunches of a kept profile, service worker ${c.servedByServiceWorker ? 'served every load' : 'DID NOT serve every load'}): first paint ${s(c.firstContentfulPaint)}; "New note" usable ${s(c.newNoteUsable)}; editor focused after clicking it ${s(c.editorFocused)}; the app's own session screen drawn (its heading) ${s(c.appDrawn)}`,
    );
    say(
      `- cold start floor (React, react-dom, Dexie, zod and every record schema in one ${kB(c.floor.scriptBytes)} page: open IndexedDB, read a row, parse and put a note, focus a text box; runs alternating with the app's): first paint ${s(c.floor.firstContentfulPaint)}; text box focused ${s(c.floor.editorFocused)}; the app's own share ${Math.round(c.editorFocused.p50 - c.floor.editorFocused.p50)} ms of its median`,
    );
  } else say(`- cold start: not measured — ${c?.notMeasured}`);
  if (measured(b)) {
    say(
      `- initial JavaScript: ${b.initialChunks.map((chunk) => `${chunk.file} ${kB(chunk.gzipBytes)} gzip (${kB(chunk.bytes)})`).join(', ')} = ${kB(b.initialGzipBytes)} gzip`,
    );
    say(
      `- lazy chunks: ${b.lazyChunks.map((chunk) => `${chunk.file} [${chunk.from.join(', ') || '?'}] ${kB(chunk.gzipBytes)} gzip`).join('; ')}`,
    );
  } else say(`- bundle: not measured — ${b?.notMeasured}`);
  for (const v of report.verdicts) say(`- target: ${v.target}: ${verdict(v.met)} (${v.value ?? '–'})`);

  ensureDir(resultsDir);
  // A reference run at another rate (CAPTURE_CPU_THROTTLE) never replaces the 4× figures.
  const name = cpuThrottleRate === 4 ? 'capture' : `capture-${cpuThrottleRate}x`;
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, `${name}.md`), `${report.date}\n${lines.join('\n')}\n`);
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await runCaptureBenchmarks();
  process.exitCode = [report.keystroke, report.coldStart, report.bundle].some((r) => r?.notMeasured) ? 1 : 0;
}
