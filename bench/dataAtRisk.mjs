// The data-at-risk window of typing, with the CPU starved: how long after a keystroke its
// text is only in the page, where a killed browser (a crash, a flat battery, a swiped-away
// app) would lose it. Chromium at 4× CPU throttle, plus one busy loop per core, plus other
// journeys of the suite running alongside (a neighbour run of e2e files), as on a busy CI
// machine or a slow tablet. No hook in the app: an init script wraps IndexedDB to stamp
// the `complete` event of every readwrite transaction on the note store or the typing
// journal (noteDraft) with the text it put, and stamps each `input` event. A keystroke's
// window runs from its input event to the first completed write holding its text or later
// text. `complete` is dispatched on the page's busy main thread, after the commit itself,
// so every figure is an upper bound.
//
// `node bench/dataAtRisk.mjs` runs it alone; `npm run bench -- --only=risk` too.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  benchClientDir,
  ensureClientBuilt,
  joinAndOpenFirstSession,
  launchChromium,
  throttle,
} from './captureClient.mjs';
import { ensureServerBuilt } from './lib/build.mjs';
import { ensureDir, repoRoot, resultsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { summarise } from './lib/stats.mjs';

export const dataAtRiskTargetMs = 150;
const throttleRate = 4;

/** Runs in the page before the app: records inputs and the writes that hold note text. */
function instrumentTypingWrites() {
  const bench = { inputs: [], writes: [] };
  Object.defineProperty(window, '__riskBench', { value: bench });
  const openTransaction = IDBDatabase.prototype.transaction;
  const put = IDBObjectStore.prototype.put;
  const infoOf = new WeakMap();
  IDBDatabase.prototype.transaction = function transaction(stores, mode, options) {
    const tx =
      options === undefined
        ? openTransaction.call(this, stores, mode)
        : openTransaction.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : Array.from(stores);
    if (mode === 'readwrite' && (names.includes('note') || names.includes('noteDraft'))) {
      const info = { store: undefined, text: undefined, completed: undefined };
      infoOf.set(tx, info);
      tx.addEventListener('complete', () => {
        info.completed = performance.now();
        if (info.text !== undefined) bench.writes.push(info);
      });
    }
    return tx;
  };
  IDBObjectStore.prototype.put = function wrappedPut(value, key) {
    const info = infoOf.get(this.transaction);
    if (info && (this.name === 'note' || this.name === 'noteDraft') && value && typeof value.text === 'string') {
      info.text = value.text;
      info.store = this.name;
    }
    return key === undefined ? put.call(this, value) : put.call(this, value, key);
  };
  document.addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLTextAreaElement)
        bench.inputs.push({ at: event.timeStamp, value: event.target.value });
    },
    true,
  );
}

/** For each keystroke, ms until a completed write (of the given stores) held its text or later text. */
function windows(inputs, writes, stores) {
  const order = new Map(inputs.map((input, index) => [input.value, index]));
  const held = writes
    .filter((write) => stores.includes(write.store) && order.has(write.text))
    .sort((a, b) => a.completed - b.completed);
  return inputs.map((input, index) => {
    const write = held.find((w) => w.completed >= input.at && order.get(w.text) >= index);
    return write ? write.completed - input.at : undefined;
  });
}

/** One busy loop per core, each its own process, ending by itself after `seconds`. */
function busyLoops(seconds) {
  const loops = Array.from({ length: os.availableParallelism() }, () =>
    spawn(process.execPath, ['-e', `const end = Date.now() + ${seconds * 1000}; while (Date.now() < end) {}`], {
      stdio: 'ignore',
    }),
  );
  return () => loops.forEach((loop) => loop.kill('SIGKILL'));
}

/** Other journeys of the suite running beside the measurement, as on a busy CI machine. */
function neighbourJourneys() {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=dot',
      'tests/e2e/long-session.e2e.test.ts',
      'tests/e2e/capture-day.e2e.test.ts',
      'tests/e2e/offline-sync.e2e.test.ts',
    ],
    { cwd: repoRoot, stdio: 'ignore', detached: true, env: { ...process.env, CI: 'true' } },
  );
  return () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already ended
    }
  };
}

const sentence =
  'Heard at the front door team: referrals wait four days for triage, staff say the new form helps, carers want one named contact. ';

/**
 * Types `notes` notes of 200 characters, 10 ms apart (as the killed-browser journey does),
 * each into a new note, and returns the windows of every keystroke and of each last one.
 */
export async function runDataAtRisk({ notes = Number(process.env.RISK_NOTES ?? 8), neighbours = true } = {}) {
  const report = { date: new Date().toISOString(), cores: os.availableParallelism(), node: process.version };
  report.serverBuild = ensureServerBuilt();
  report.clientBuild = ensureClientBuilt();
  const server = await startServer({ clientDir: benchClientDir });
  const browser = await launchChromium();
  const stopNeighbours = neighbours ? neighbourJourneys() : () => {};
  const stopLoops = busyLoops(600);
  try {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, bypassCSP: true });
    await context.addInitScript(instrumentTypingWrites);
    const page = await context.newPage();
    await joinAndOpenFirstSession(page, server, 'lead peer');
    await throttle(context, page, throttleRate);
    const text = sentence.repeat(2).slice(0, 200);
    // The journey's pace (10 ms apart, far beyond any person: the page falls behind and
    // keystrokes queue), then a fast typist's (80 ms apart).
    for (const { gapMs, count } of [
      { gapMs: 10, count: notes },
      { gapMs: 80, count: Math.max(2, Math.round(notes / 3)) },
    ]) {
      const lastKeystrokes = [];
      const lastKeystrokesNoteOnly = [];
      const all = [];
      const allNoteOnly = [];
      for (let n = 0; n < count; n += 1) {
        await page.evaluate(() => {
          window.__riskBench.inputs.length = 0;
          window.__riskBench.writes.length = 0;
        });
        await page.getByRole('button', { name: 'New note' }).click();
        await page.waitForFunction(() => document.activeElement instanceof HTMLTextAreaElement, undefined, {
          timeout: 30_000,
        });
        const typed = `${gapMs}/${n} ${text}`.slice(0, 200);
        await page.keyboard.type(typed, { delay: gapMs });
        // The note's own write lands last: wait for it, so both figures are complete.
        await page.waitForFunction(
          (expected) => window.__riskBench.writes.some((w) => w.store === 'note' && w.text === expected),
          typed,
          { timeout: 60_000 },
        );
        const { inputs, writes } = await page.evaluate(() => ({
          inputs: window.__riskBench.inputs,
          writes: window.__riskBench.writes,
        }));
        const any = windows(inputs, writes, ['note', 'noteDraft']);
        const noteOnly = windows(inputs, writes, ['note']);
        lastKeystrokes.push(any.at(-1));
        lastKeystrokesNoteOnly.push(noteOnly.at(-1));
        all.push(...any.filter((v) => v !== undefined));
        allNoteOnly.push(...noteOnly.filter((v) => v !== undefined));
        await page.keyboard.press('Tab');
      }
      report[`typed${gapMs}msApart`] = {
        notes: count,
        lastKeystroke: summarise(lastKeystrokes.filter((v) => v !== undefined)),
        everyKeystroke: summarise(all),
        lastKeystrokeNoteWriteOnly: summarise(lastKeystrokesNoteOnly.filter((v) => v !== undefined)),
        everyKeystrokeNoteWriteOnly: summarise(allNoteOnly),
      };
    }
    await context.close();
    report.loadAverage1m = os.loadavg()[0];
  } finally {
    stopLoops();
    stopNeighbours();
    await browser.close();
    await server.stop();
  }
  const s = (x) => `p50 ${x.p50} / p95 ${x.p95} / max ${x.max} ms (${x.count})`;
  console.log(
    `\nData at risk while typing — Chromium ${throttleRate}× throttle + ${report.cores} busy loops${neighbours ? ' + e2e journeys alongside' : ''}, load ${report.loadAverage1m.toFixed(1)}`,
  );
  for (const gapMs of [10, 80]) {
    const r = report[`typed${gapMs}msApart`];
    console.log(`- ${r.notes} notes of 200 characters typed ${gapMs} ms apart:`);
    console.log(`  - last keystroke → durable (journal or note), the window a kill loses: ${s(r.lastKeystroke)}`);
    console.log(`  - every keystroke → durable (journal or note): ${s(r.everyKeystroke)}`);
    console.log(
      `  - the same through the note's own write only (no journal): last ${s(r.lastKeystrokeNoteWriteOnly)}; every ${s(r.everyKeystrokeNoteWriteOnly)}`,
    );
  }
  const journey = report.typed10msApart.lastKeystroke;
  const typist = report.typed80msApart.everyKeystroke;
  report.met = journey.max <= dataAtRiskTargetMs && typist.p95 <= dataAtRiskTargetMs;
  console.log(
    `- target: data at risk ≤ ${dataAtRiskTargetMs} ms (after the last keystroke at the journey's pace, every trial; every keystroke at a typist's pace, p95): ${report.met ? 'met' : 'MISSED'}`,
  );
  ensureDir(resultsDir);
  writeFileSync(path.join(resultsDir, 'data-at-risk.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runDataAtRisk({ neighbours: !process.argv.includes('--no-neighbours') });
}
