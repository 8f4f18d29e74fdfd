import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

// Under node_modules, so the bundle's external packages resolve as they do from dist/.
const bundleRoot = path.resolve('node_modules/.cache/triangulate-built-server-test');

/**
 * The server and admin tool as `npm start` and `npm run admin` run them: bundled by the real
 * build script into a folder of this run (the two storage projects, or runs in other
 * worktrees, may build at the same time). `dir` holds main.js and admin.js.
 */
export async function buildServer(): Promise<{ dir: string; entry: string; remove(): void }> {
  mkdirSync(bundleRoot, { recursive: true });
  const dir = mkdtempSync(path.join(bundleRoot, 'build-'));
  await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', '--quiet', '--outdir', dir]);
  return { dir, entry: path.join(dir, 'main.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
