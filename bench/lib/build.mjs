import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { bundleDir, ensureDir, repoRoot, serverEntry } from './paths.mjs';

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const mtime = statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/**
 * Builds dist/server/main.js when it is missing or older than any server source (the
 * server bundles src/server and src/domain) or the build script itself.
 * Returns what it did, for the report.
 */
export function ensureServerBuilt() {
  const sources = Math.max(
    newestMtime(path.join(repoRoot, 'src', 'server')),
    newestMtime(path.join(repoRoot, 'src', 'domain')),
    statSync(path.join(repoRoot, 'scripts', 'build-server.mjs')).mtimeMs,
  );
  if (existsSync(serverEntry) && statSync(serverEntry).mtimeMs >= sources) return 'up to date';
  const result = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node scripts/build-server.mjs failed (exit ${result.status})`);
  return existsSync(serverEntry) ? 'rebuilt' : 'missing after build';
}

/**
 * Bundles a TypeScript module of the repository into one ES module under
 * bench/results/.bundle and imports it (packages stay external, as in the server build).
 */
export async function importTypeScript(relativeEntry) {
  const outfile = path.join(ensureDir(bundleDir), `${path.basename(relativeEntry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(repoRoot, relativeEntry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return import(`${outfile}?t=${Date.now()}`);
}
