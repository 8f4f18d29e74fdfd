// What a note index costs besides time: the heap its built index holds (Node, measured
// in a fresh `node --expose-gc` process per figure: heapUsed after a full GC with the
// index built, less heapUsed after a full GC with only the notes) and the bytes it adds
// to the app (esbuild bundle of an entry importing only the index, minified, gzipped).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleDir, ensureDir, repoRoot } from './lib/paths.mjs';

/** Minified and gzipped (level 9) bytes of the index (`module` exports NoteSearchIndex) and everything it imports. */
export async function gzippedIndexBytes(module) {
  const result = await build({
    stdin: {
      contents: `export { NoteSearchIndex } from ${JSON.stringify(module)};`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

const heapProbe = `
import { NoteSearchIndex } from 'INDEX';
import { makeSearchCorpus } from 'CORPUS';
const count = Number(process.argv[2]);
const { notes } = makeSearchCorpus(5000);
const some = notes.slice(0, count);
const settle = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed; };
const before = settle();
const index = new NoteSearchIndex();
index.sync(some);
const after = settle();
if (index.size !== count) throw new Error('index holds ' + index.size + ' of ' + count + ' notes');
console.log(JSON.stringify({ heapBytes: after - before }));
`;

/** Heap held by an index of the first `counts` notes of the search corpus: median of `repeats` fresh processes. */
export async function indexHeapBytes(module, label, counts, repeats = 3) {
  const file = path.join(ensureDir(bundleDir), `search-heap-${label.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
  await build({
    stdin: {
      contents: heapProbe
        .replace('INDEX', module.replaceAll('\\', '/'))
        .replace('CORPUS', pathToFileURL(path.join(repoRoot, 'bench', 'search-corpus.mjs')).pathname),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: file,
    logLevel: 'silent',
  });
  const byCount = {};
  for (const count of counts) {
    const samples = [];
    for (let i = 0; i < repeats; i += 1) {
      const run = spawnSync(process.execPath, ['--expose-gc', file, String(count)], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (run.status !== 0) throw new Error(`heap probe for ${label} failed: ${run.stderr || run.stdout}`);
      samples.push(JSON.parse(run.stdout.trim().split('\n').pop()).heapBytes);
    }
    byCount[count] = samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  }
  return byCount;
}
