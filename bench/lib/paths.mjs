import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/ sits directly under it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built server that every benchmark runs. */
export const serverEntry = path.join(repoRoot, 'dist', 'server', 'main.js');
/** Machine-readable results (latest.json); gitignored. */
export const resultsDir = path.join(repoRoot, 'bench', 'results');
/**
 * esbuild bundles of the TypeScript helpers the bench imports. Inside node_modules so
 * the bundles' package imports (pg, better-sqlite3) resolve, and lint never sees them.
 */
export const bundleDir = path.join(repoRoot, 'node_modules', '.cache', 'triangulate-bench');

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
