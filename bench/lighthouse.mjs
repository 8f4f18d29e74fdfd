// Lighthouse 12 on the start page (issue 10, point 12): mobile (Lighthouse's default
// emulation: a mid-range phone, 4× CPU slowdown and slow 4G, simulated), Debian's
// Chromium, against the built server serving the bench's build of the PWA. Prints the four
// category scores and the paint and blocking figures; targets performance ≥ 95.
// `node bench/lighthouse.mjs` runs it alone; `npm run bench -- --only=lighthouse` too.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { benchClientDir, chromiumFlags, ensureClientBuilt } from './captureClient.mjs';
import { ensureServerBuilt } from './lib/build.mjs';
import { freePort } from './lib/freePort.mjs';
import { ensureDir, resultsDir } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { summarise } from './lib/stats.mjs';

export const lighthouseTargets = { performance: 95 };
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const audits = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
];

/**
 * Chromium as Lighthouse's own launcher starts it (a fresh profile, a debugging port, no
 * other client on the protocol): Playwright's browser attaches to every new tab itself.
 */
async function launchForLighthouse(port) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'triangulate-lighthouse-'));
  const child = spawn(
    chromiumPath,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...chromiumFlags,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text.slice(-500)}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      if (text.includes('DevTools listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text.slice(-500)}`)));
  });
  return {
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      // Chromium's helper processes can still be writing to the profile after its main one
      // exits: a profile left in the temporary folder must not throw the run's figures away.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch (error) {
        console.warn(`lighthouse: left ${profile} (${error.code ?? error})`);
      }
    },
  };
}

/** Lighthouse's own failures to record the trace ("Please run Lighthouse again"): not the page's. */
const traceLost = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED']);

/** One Lighthouse run in a fresh Chromium: scores out of 100 and the audits' figures in ms. */
async function runOnce(url) {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  const browser = await launchForLighthouse(port);
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) {
      const failed = new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      failed.traceLost = traceLost.has(lhr.runtimeError.code);
      throw failed;
    }
    // The whole report of the last run, to see why a figure is what it is.
    writeFileSync(path.join(ensureDir(resultsDir), 'lighthouse-start-page.json'), JSON.stringify(lhr));
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      audits: Object.fromEntries(audits.map((a) => [a, Math.round((lhr.audits[a]?.numericValue ?? NaN) * 10) / 10])),
      failedAudits: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await browser.close();
  }
}

/** `runs` Lighthouse runs of the start page; the median of each figure. */
export async function runLighthouse({ runs = 3 } = {}) {
  ensureServerBuilt();
  ensureClientBuilt();
  const loadBefore = os.loadavg()[0];
  const server = await startServer({ clientDir: benchClientDir });
  const samples = [];
  try {
    // A run whose trace Lighthouse lost is run again (at most twice in all), and said so.
    for (let retries = 0; samples.length < runs;) {
      try {
        samples.push(await runOnce(`${server.baseUrl}/`));
      } catch (error) {
        if (!error.traceLost || retries === 2) throw error;
        retries += 1;
        console.warn(`${error.message} (run again)`);
      }
    }
  } finally {
    await server.stop();
  }
  const median = (values) => summarise(values).p50;
  const report = {
    lighthouseVersion: samples[0].lighthouseVersion,
    chromium: samples[0].userAgent,
    runs,
    scores: Object.fromEntries(categories.map((c) => [c, median(samples.map((s) => s.scores[c]))])),
    audits: Object.fromEntries(audits.map((a) => [a, median(samples.map((s) => s.audits[a]))])),
    samples,
    machineLoad1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(os.loadavg()[0] * 100) / 100 },
  };
  report.met = report.scores.performance >= lighthouseTargets.performance;
  const scores = categories.map((c) => `${c} ${report.scores[c]}`).join(', ');
  console.log(
    `\nLighthouse ${report.lighthouseVersion} (mobile) on the start page, median of ${runs}: ${scores}` +
      `\n- ${audits.map((a) => `${a} ${report.audits[a]}`).join(', ')}` +
      `\n- per run performance: ${samples.map((s) => s.scores.performance).join(', ')}; failed checks: ${[...new Set(samples.flatMap((s) => s.failedAudits))].join(', ') || 'none'}` +
      `\n- 1-min load average ${report.machineLoad1m.before} → ${report.machineLoad1m.after}` +
      `\n- target: performance ≥ ${lighthouseTargets.performance}: ${report.met ? 'met' : 'MISSED'}`,
  );
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runLighthouse({ runs: Number(process.env.LIGHTHOUSE_RUNS ?? 3) });
}
