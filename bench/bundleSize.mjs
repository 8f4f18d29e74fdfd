// Initial JavaScript, gzipped: the scripts index.html loads (entry and modulepreload), the
// steps of the app's start that the entry imports dynamically, and every chunk they import
// statically, found by parsing each chunk's imports. Chunks only reached through a later
// import() are lazy and listed apart, named from Vite's manifest (the bench build writes
// one) so the QR code and zip chunks can be recognised.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The source modules Vite's manifest says each emitted file came from. */
function manifestNames(clientDir) {
  const file = path.join(clientDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return new Map();
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const names = new Map();
  for (const [source, chunk] of Object.entries(manifest)) {
    const short = source.replace(/^.*node_modules\//, '').replace(/^src\//, 'src/');
    names.set(chunk.file, [...(names.get(chunk.file) ?? []), short]);
  }
  return names;
}

export async function measureBundle(clientDir) {
  await init;
  const html = readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const roots = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map((href) => href.replace(/^\//, ''));
  if (roots.length === 0) throw new Error(`no script in ${path.join(clientDir, 'index.html')}`);

  const initial = new Set();
  const dynamicTargets = new Set();
  const dynamicImportsOf = new Map();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(path.join(clientDir, file), 'utf8');
    const [imports] = parse(code);
    dynamicImportsOf.set(file, []);
    for (const entry of imports) {
      if (!entry.n || !entry.n.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), entry.n));
      if (entry.d > -1) {
        dynamicTargets.add(target);
        dynamicImportsOf.get(file).push(target);
      } else visit(target);
    }
  };
  roots.forEach(visit);
  // The entry runs the app's start in steps it imports dynamically after the first paint
  // (app/main.tsx, scripts/startStepChunks.ts): they and what they import are initial too.
  roots.flatMap((file) => dynamicImportsOf.get(file) ?? []).forEach(visit);

  const names = manifestNames(clientDir);
  const describe = (file) => {
    const bytes = readFileSync(path.join(clientDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipBytes(bytes), from: names.get(file) ?? [] };
  };
  const assets = readdirSync(path.join(clientDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const initialChunks = [...initial].map(describe);
  const lazyChunks = assets
    .filter((f) => !initial.has(f))
    .map((f) => ({ ...describe(f), importedDynamically: dynamicTargets.has(f) }));
  const serviceWorker = readdirSync(clientDir)
    .filter((f) => /^(sw|workbox-.*)\.js$/.test(f))
    .map(describe);
  return {
    clientDir,
    initialChunks,
    initialGzipBytes: initialChunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    initialBytes: initialChunks.reduce((sum, c) => sum + c.bytes, 0),
    lazyChunks,
    serviceWorker,
  };
}
