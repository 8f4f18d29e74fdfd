// Search benchmark: query latency over 5,000 notes in Chromium with the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate), as a mid-range tablet would run it. The app's own
// search code (src/domain/search) is bundled with esbuild into a blank page; each
// realistic search is typed key by key, so every prefix is a query, as on the screen;
// a query's time includes marking the matches in the rows a screen shows (12).
// Also: the index built from 3,000 and 5,000 notes (median of 3 builds), the heap the built
// index holds (Node, bench/search-footprint.mjs) and its minified, gzipped size.
// Run alone with `node bench/search-notes.mjs` (`--no-write` to leave RESULTS.md alone), or
// from bench/run.mjs via runSearchNotes(). `--minisearch` also measures the same index on
// MiniSearch (bench/minisearch-note-index.mjs) side by side, in the same browser on the same
// notes and queries, and prints ratios; such a comparison is printed only, not added to
// RESULTS.md (its section there was written by hand).
// Prints the figures and the target, and appends them to bench/RESULTS.md under "Search".
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib/paths.mjs';
import { summarise } from './lib/stats.mjs';
import { makeSearchCorpus, typedQueries } from './search-corpus.mjs';
import { gzippedIndexBytes, indexHeapBytes } from './search-footprint.mjs';
import { addSearchResult, resultsFile } from './search-results.mjs';

/** The indexes to measure: each module exports NoteSearchIndex with the app's interface. */
const appIndex = {
  label: 'hand-written',
  module: path.join(repoRoot, 'src', 'domain', 'search', 'noteSearchIndex.ts'),
};
const miniSearchIndex = { label: 'MiniSearch', module: path.join(repoRoot, 'bench', 'minisearch-note-index.mjs') };

export const searchTargets = { noteCount: 5000, cpuThrottle: 4, queryP95Ms: 30 };
const visibleRows = 12;
const rounds = 6;
/** Index sizes whose build is timed; each is built this many times and the median kept. */
const buildCounts = [3000, 5000];
const buildRepeats = 3;

function chromiumPath() {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/ensure-chromium.mjs')], { encoding: 'utf8' });
  const found = /^chromium: (.+)$/m.exec(run.stdout ?? '')?.[1]?.trim();
  if (!found) throw new Error(`no Chromium: ${run.stderr || run.stdout}`);
  return found;
}

/** An index (a module exporting NoteSearchIndex) and the app's highlighting as one script. */
async function bundleSearch(module) {
  const result = await build({
    stdin: {
      contents: `import { NoteSearchIndex } from ${JSON.stringify(module)};
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
      ({ requests, rounds, visibleRows, buildCounts, buildRepeats }) => {
        const { NoteSearchIndex, highlightExcerpt } = globalThis.triangulateSearch;
        const corpus = globalThis.benchCorpus;
        const sessionGroups = new Map(corpus.sessions.map((s) => [s.id, s.stakeholderGroups]));
        let started = 0;
        let index = null;
        // Builds of each size in turn (the first is cold, as at app start); the last, of
        // every note, is the index searched below.
        const buildMs = Object.fromEntries(buildCounts.map((count) => [count, []]));
        for (let repeat = 0; repeat < buildRepeats; repeat += 1) {
          for (const count of buildCounts) {
            index = null;
            started = performance.now();
            const built = new NoteSearchIndex();
            built.sync(corpus.notes.slice(0, count));
            buildMs[count].push(performance.now() - started);
            index = built;
          }
        }
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
      { requests, rounds, visibleRows, buildCounts, buildRepeats },
    );
  } finally {
    await page.close();
  }
}

function machine() {
  return `${os.availableParallelism()} cores, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes) => (bytes / 1024).toFixed(1);
const mib = (bytes) => (bytes / 2 ** 20).toFixed(1);

/** Each index's figures at each CPU rate, its heap and its size; rates outermost, so a change in the machine's load falls on every index alike. */
async function measureSources(browser, sources, corpus, requests) {
  const measured = [];
  for (const source of sources) measured.push({ ...source, bundle: await bundleSearch(source.module), byRate: {} });
  for (const rate of [1, searchTargets.cpuThrottle]) {
    for (const m of measured) {
      const raw = await measureAt(browser, m.bundle, corpus, requests, rate);
      m.byRate[rate] = {
        buildMs: Object.fromEntries(Object.entries(raw.buildMs).map(([count, ms]) => [count, Math.round(median(ms))])),
        query: summarise(raw.queryMs),
        update: summarise(raw.updateMs),
        vocabulary: raw.vocabulary,
        hitCounts: raw.hitCounts,
        medianHits: median(raw.hitCounts),
      };
    }
  }
  for (const m of measured) {
    delete m.bundle;
    m.heapBytes = await indexHeapBytes(m.module, m.label, buildCounts);
    m.size = await gzippedIndexBytes(m.module);
  }
  return measured;
}

/** Rows of figures, one column per index, and with two the second's figure as a multiple of the first's. */
function figureTable(measured) {
  const [first, second] = measured;
  const t = searchTargets.cpuThrottle;
  const rows = [
    ['query p50 at 1×, ms', (m) => m.byRate[1].query.p50],
    ['query p95 at 1×, ms', (m) => m.byRate[1].query.p95],
    ['query p50 at 4×, ms', (m) => m.byRate[t].query.p50],
    [`query p95 at 4×, ms (target ≤ ${searchTargets.queryP95Ms})`, (m) => m.byRate[t].query.p95],
    ['query p99 at 4×, ms', (m) => m.byRate[t].query.p99],
    ['query max at 4×, ms', (m) => m.byRate[t].query.max],
    ...buildCounts.flatMap((count) => [
      [`index built from ${count.toLocaleString('en-GB')} notes at 1×, ms`, (m) => m.byRate[1].buildMs[count]],
      [`index built from ${count.toLocaleString('en-GB')} notes at 4×, ms`, (m) => m.byRate[t].buildMs[count]],
    ]),
    ['one note replaced (edit or pull) p95 at 4×, ms', (m) => m.byRate[t].update.p95],
    ...buildCounts.map((count) => [
      `heap held by the index of ${count.toLocaleString('en-GB')} notes (Node), MiB`,
      (m) => Number(mib(m.heapBytes[count])),
    ]),
    ['index code minified, KiB', (m) => Number(kib(m.size.minifiedBytes))],
    ['index code minified + gzip, KiB', (m) => Number(kib(m.size.gzipBytes))],
    ['median hits per query', (m) => m.byRate[1].medianHits],
  ];
  const header = `| figure | ${measured.map((m) => m.label).join(' | ')} |${second ? ` ${second.label} ÷ ${first.label} |` : ''}`;
  const lines = [header, `|---|${measured.map(() => '---|').join('')}${second ? '---|' : ''}`];
  for (const [name, value] of rows) {
    const values = measured.map(value);
    const ratio = second && values[0] ? ` ${(values[1] / values[0]).toFixed(2)} |` : second ? ' |' : '';
    lines.push(`| ${name} | ${values.join(' | ')} |${ratio}`);
  }
  return lines;
}

/** Runs the benchmark and returns its figures; `{ notMeasured }` says why when it could not run. */
export async function runSearchNotes({ writeResults = true, withMiniSearch = false } = {}) {
  const loadBefore = os.loadavg()[0];
  const corpus = makeSearchCorpus(searchTargets.noteCount);
  const requests = searchRequests(corpus);
  const sources = withMiniSearch ? [appIndex, miniSearchIndex] : [appIndex];
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
  let measured;
  try {
    measured = await measureSources(browser, sources, corpus, requests);
  } finally {
    await browser.close();
  }
  const [main] = measured;
  const throttled = main.byRate[searchTargets.cpuThrottle];
  const met = throttled.query.p95 <= searchTargets.queryP95Ms;
  const chromiumVersion = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const sameHits = measured.every(
    (m) => JSON.stringify(m.byRate[1].hitCounts) === JSON.stringify(main.byRate[1].hitCounts),
  );
  const lines = [
    `Search over ${searchTargets.noteCount.toLocaleString('en-GB')} notes (vocabulary ${throttled.vocabulary.toLocaleString('en-GB')} words), ` +
      `${requests.length} searches × ${rounds - 1} rounds (each query typed key by key, and under 5 filter sets), top ${visibleRows} rows highlighted; ` +
      `builds: median of ${buildRepeats}; ${chromiumVersion}`,
    '',
    ...figureTable(measured),
    '',
    ...(measured.length > 1
      ? [`Every search found the same number of notes with each index: ${sameHits ? 'yes' : 'NO'}.`, '']
      : []),
    // Others' processes on a shared machine skew the figures: say how busy it was.
    `Machine 1-minute load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores.`,
  ];
  console.log(lines.join('\n'));
  for (const m of measured) {
    const p95 = m.byRate[searchTargets.cpuThrottle].query.p95;
    console.log(
      `- target (${m.label}): search p95 ≤ ${searchTargets.queryP95Ms} ms over 5,000 notes at 4× CPU throttle: ${p95 <= searchTargets.queryP95Ms ? 'met' : 'MISSED'} (${p95} ms)`,
    );
  }
  if (writeResults && !withMiniSearch) {
    const date = new Date().toISOString().slice(0, 10);
    addSearchResult(`### ${date} — ${machine()} — \`node bench/search-notes.mjs\`\n\n${lines.join('\n')}`);
    console.log(`bench: added to the Search section of ${path.relative(process.cwd(), resultsFile)}`);
  }
  return { targets: searchTargets, measured, byRate: main.byRate, met, sameHits };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' }, minisearch: { type: 'boolean' } } });
  runSearchNotes({ writeResults: !values['no-write'], withMiniSearch: values.minisearch }).catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
