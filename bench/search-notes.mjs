// Search benchmark: query latency over 5,000 notes in Chromium with the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate), as a mid-range tablet would run it. The app's own
// search code (src/domain/search) is bundled with esbuild into a blank page; each
// realistic search is typed key by key, so every prefix is a query, as on the screen;
// a query's time includes marking the matches in the rows a screen shows (12).
// Run alone with `node bench/search-notes.mjs` (`--no-write` to leave RESULTS.md alone), or
// from bench/run.mjs via runSearchNotes().
// Prints the figures and the target, and appends them to bench/RESULTS.md under "Search".
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib/paths.mjs';
import { summarise } from './lib/stats.mjs';
import { makeSearchCorpus, typedQueries } from './search-corpus.mjs';
import { addSearchResult, resultsFile } from './search-results.mjs';

export const searchTargets = { noteCount: 5000, cpuThrottle: 4, queryP95Ms: 30 };
const visibleRows = 12;
const rounds = 6;

function chromiumPath() {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/ensure-chromium.mjs')], { encoding: 'utf8' });
  const found = /^chromium: (.+)$/m.exec(run.stdout ?? '')?.[1]?.trim();
  if (!found) throw new Error(`no Chromium: ${run.stderr || run.stdout}`);
  return found;
}

async function bundleSearch() {
  const result = await build({
    stdin: {
      contents: `import { NoteSearchIndex } from './src/domain/search/noteSearchIndex';
import { highlightExcerpt } from './src/domain/search/highlight';
globalThis.triangulateSearch = { NoteSearchIndex, highlightExcerpt };`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Every search to time: each typed query key by key, then the full queries under filters. */
function searchRequests(corpus) {
  const none = {
    themeIds: [],
    scopeQuestionIds: [],
    sessionIds: [],
    stakeholderGroups: [],
    evidenceTypes: [],
    stances: [],
    authorIds: [],
  };
  const requests = [];
  for (const query of typedQueries) {
    for (let end = 1; end <= query.length; end += 1) requests.push({ text: query.slice(0, end), filters: none });
  }
  const filterSets = [
    { ...none, themeIds: corpus.themeIds.slice(0, 1) },
    { ...none, evidenceTypes: ['heard'], stances: ['area for consideration'] },
    { ...none, stakeholderGroups: ['carers', 'front-line staff'] },
    { ...none, sessionIds: corpus.sessions.slice(0, 1).map((s) => s.id), authorIds: corpus.authorIds.slice(0, 2) },
    { ...none, scopeQuestionIds: corpus.scopeQuestionIds.slice(0, 1), themeIds: corpus.themeIds.slice(1, 3) },
  ];
  for (const filters of filterSets) {
    requests.push({ text: '', filters });
    for (const query of typedQueries) requests.push({ text: query, filters });
  }
  return requests;
}

async function measureAt(browser, bundle, corpus, requests, rate) {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>search bench</title>');
    await page.addScriptTag({ content: bundle });
    await page.evaluate((data) => {
      globalThis.benchCorpus = data;
    }, corpus);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return await page.evaluate(
      ({ requests, rounds, visibleRows }) => {
        const { NoteSearchIndex, highlightExcerpt } = globalThis.triangulateSearch;
        const corpus = globalThis.benchCorpus;
        const sessionGroups = new Map(corpus.sessions.map((s) => [s.id, s.stakeholderGroups]));
        let started = performance.now();
        const index = new NoteSearchIndex();
        index.sync(corpus.notes);
        const buildMs = performance.now() - started;
        const queryMs = [];
        const hitCounts = [];
        for (let round = 0; round < rounds; round += 1) {
          for (const request of requests) {
            started = performance.now();
            const result = index.search({ ...request, sessionGroups });
            for (const hit of result.hits.slice(0, visibleRows)) highlightExcerpt(hit.note.text, result.query);
            const elapsed = performance.now() - started;
            // Round 0 warms the JIT up and is not counted.
            if (round > 0) queryMs.push(elapsed);
            else hitCounts.push(result.hits.length);
          }
        }
        // An edit or a pulled note: one note replaced in the index.
        const updateMs = [];
        corpus.notes.slice(0, 200).forEach((note, i) => {
          started = performance.now();
          index.upsert({
            ...note,
            text: `${note.text} edited ${i}`,
            updatedAt: new Date(Date.parse(note.updatedAt) + 1).toISOString(),
          });
          updateMs.push(performance.now() - started);
        });
        return {
          buildMs,
          queryMs,
          updateMs,
          hitCounts,
          vocabulary: new Set(corpus.notes.flatMap((n) => n.text.toLowerCase().split(/[^a-z0-9]+/))).size,
        };
      },
      { requests, rounds, visibleRows },
    );
  } finally {
    await page.close();
  }
}

function machine() {
  return `${os.availableParallelism()} cores, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Runs the benchmark and returns its figures; `{ notMeasured }` says why when it could not run. */
export async function runSearchNotes({ writeResults = true } = {}) {
  const loadBefore = os.loadavg()[0];
  const corpus = makeSearchCorpus(searchTargets.noteCount);
  const requests = searchRequests(corpus);
  const bundle = await bundleSearch();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const byRate = {};
  try {
    for (const rate of [1, searchTargets.cpuThrottle]) {
      const raw = await measureAt(browser, bundle, corpus, requests, rate);
      byRate[rate] = {
        buildMs: Math.round(raw.buildMs),
        query: summarise(raw.queryMs),
        update: summarise(raw.updateMs),
        vocabulary: raw.vocabulary,
        medianHits: [...raw.hitCounts].sort((a, b) => a - b)[Math.floor(raw.hitCounts.length / 2)],
      };
    }
  } finally {
    await browser.close();
  }
  const throttled = byRate[searchTargets.cpuThrottle];
  const met = throttled.query.p95 <= searchTargets.queryP95Ms;
  const chromiumVersion = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const lines = [
    `Search over ${searchTargets.noteCount.toLocaleString('en-GB')} notes (vocabulary ${throttled.vocabulary.toLocaleString('en-GB')} words), ` +
      `${requests.length} searches × ${rounds - 1} rounds (each query typed key by key, and under 5 filter sets), top ${visibleRows} rows highlighted; ${chromiumVersion}`,
    '',
    '| figure | Chromium 1× | Chromium 4× CPU throttle | target |',
    '|---|---|---|---|',
    `| query p50, ms | ${byRate[1].query.p50} | ${throttled.query.p50} | |`,
    `| query p95, ms | ${byRate[1].query.p95} | ${throttled.query.p95} | ≤ ${searchTargets.queryP95Ms} at 4×: ${met ? 'met' : 'MISSED'} |`,
    `| query p99, ms | ${byRate[1].query.p99} | ${throttled.query.p99} | |`,
    `| query max, ms | ${byRate[1].query.max} | ${throttled.query.max} | |`,
    `| index built from 5,000 notes, ms | ${byRate[1].buildMs} | ${throttled.buildMs} | |`,
    `| one note replaced (edit or pull) p95, ms | ${byRate[1].update.p95} | ${throttled.update.p95} | |`,
    `| median hits per query | ${byRate[1].medianHits} | ${throttled.medianHits} | |`,
    '',
    // Others' processes on a shared machine skew the figures: say how busy it was.
    `Machine 1-minute load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores.`,
  ];
  console.log(lines.join('\n'));
  console.log(
    `- target: search p95 ≤ ${searchTargets.queryP95Ms} ms over 5,000 notes at 4× CPU throttle: ${met ? 'met' : 'MISSED'} (${throttled.query.p95} ms)`,
  );
  if (writeResults) {
    const date = new Date().toISOString().slice(0, 10);
    addSearchResult(`### ${date} — ${machine()} — \`node bench/search-notes.mjs\`\n\n${lines.join('\n')}`);
    console.log(`bench: added to the Search section of ${path.relative(process.cwd(), resultsFile)}`);
  }
  return { targets: searchTargets, byRate, met };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runSearchNotes({ writeResults: !process.argv.includes('--no-write') }).catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
