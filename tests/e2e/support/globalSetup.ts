import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { childEnv } from './childEnv';
import { makeTempDir, repoRoot, serverEntry } from './paths';

/** The label of the build under test: the "v1" the update journey starts from. */
export const e2eBuildLabel = 'e2e-v1';

function run(command: string, args: string[], env: NodeJS.ProcessEnv, captureStdout: boolean): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env,
      stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolveRun(stdout);
      else reject(new Error(`${command} ${args.join(' ')} failed (code ${code}, signal ${signal})`));
    });
  });
}

/** Runs scripts/ensure-chromium.mjs (which may apt-get install it) and returns the path. */
async function ensureChromium(): Promise<string> {
  const stdout = await run(process.execPath, [join(repoRoot, 'scripts/ensure-chromium.mjs')], childEnv(), true);
  const path = /^chromium: (.+)$/m.exec(stdout)?.[1]?.trim();
  if (!path) throw new Error(`ensure-chromium printed no path:\n${stdout}`);
  return path;
}

/**
 * Once per run: find Chromium, build the app once (label e2e-v1) and hand both to the
 * journeys. The PWA goes to a private temporary directory rather than dist/client, so a
 * build someone runs in the same tree during the journeys cannot swap it underneath them.
 * Returns the teardown that deletes it.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const chromiumPath = await ensureChromium();
  console.log(`[e2e] Chromium: ${chromiumPath}`);

  const clientDir = join(makeTempDir('e2e-build'), 'client');
  const env = childEnv({ TRIANGULATE_BUILD_LABEL: e2eBuildLabel, TRIANGULATE_CLIENT_OUT: clientDir });
  const started = Date.now();
  console.log(`[e2e] npm run build (TRIANGULATE_BUILD_LABEL=${e2eBuildLabel}, TRIANGULATE_CLIENT_OUT=${clientDir})`);
  await run('npm', ['run', 'build'], env, false);
  console.log(`[e2e] build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const built of [serverEntry, join(clientDir, 'index.html'), join(clientDir, 'sw.js')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing after npm run build`);
  }

  project.provide('chromiumPath', chromiumPath);
  project.provide('buildLabel', e2eBuildLabel);
  project.provide('clientDir', clientDir);
  return () => rmSync(dirname(clientDir), { recursive: true, force: true });
}
