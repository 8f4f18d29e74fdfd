// Shared by the capture benchmarks: a built PWA (rebuilt only when a client source is
// newer), Chromium with the project's flags, CPU throttling, and the figures' helpers.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bundleDir, ensureDir, repoRoot } from './lib/paths.mjs';

export const chromiumPath = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The condition for every capture figure: a mid-range tablet, roughly (CAPTURE_CPU_THROTTLE=1 for a reference run). */
export const cpuThrottleRate = Number(process.env.CAPTURE_CPU_THROTTLE ?? 4);
/** The private build the capture benchmarks serve (not dist/client: a build run by someone else must not swap it mid-run). */
export const benchClientDir = path.join(bundleDir, 'client');
const stampFile = path.join(bundleDir, 'client.stamp');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (stat.isFile()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Builds the PWA into the bench's own directory when it is missing or older than any
 * client input (sources, build plugins in scripts/, index.html, public/, Vite config, lockfile). Returns what it did.
 */
export function ensureClientBuilt() {
  const inputs = ['src/client', 'src/domain', 'scripts', 'index.html', 'public', 'vite.config.ts', 'package-lock.json'];
  const newest = Math.max(...inputs.map((input) => newestMtime(path.join(repoRoot, input))));
  // The stamp names the tree it was built from: a worktree whose node_modules links to this
  // one's shares this folder, and a build of the other tree is never "up to date".
  const built =
    existsSync(path.join(benchClientDir, 'index.html')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8').split('\n')[0] === repoRoot
      ? statSync(stampFile).mtimeMs
      : 0;
  if (built >= newest) return 'up to date';
  const result = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--manifest', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      env: { ...process.env, TRIANGULATE_CLIENT_OUT: benchClientDir },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  // A new file, never a write into the old one: a worktree's node_modules may hard-link it.
  rmSync(stampFile, { force: true });
  writeFileSync(stampFile, `${repoRoot}\n${new Date().toISOString()}`);
  return 'rebuilt';
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}

/** A profile kept on disk across launches, as a tablet's browser keeps its site data. */
export function launchPersistent(userDataDir) {
  ensureDir(userDataDir);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1024, height: 768 },
  });
}

/** Slows this page's main thread by the issue's factor (Chrome DevTools' CPU throttling). */
export async function throttle(context, page, rate = cpuThrottleRate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

export const round1 = (value) => (value === undefined ? undefined : Math.round(value * 10) / 10);

/** The join URL of the first member with this role. */
export function joinUrl(server, role) {
  const link = server.links.find((candidate) => candidate.role === role);
  if (!link) throw new Error(`no join link for ${role}`);
  return `${server.baseUrl}/join/${link.code}`;
}

/** Opens the join link and waits for the engagement, then the first session; returns the session URL. */
export async function joinAndOpenFirstSession(page, server, role) {
  await page.goto(joinUrl(server, role));
  await page.waitForURL(/\/engagements\/[^/]+$/, { timeout: 30_000 });
  const link = page.locator('a[href*="/sessions/"]').first();
  await link.waitFor({ timeout: 30_000 });
  await link.click();
  await page.waitForURL(/\/sessions\/[^/]+$/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'New note' }).waitFor({ timeout: 30_000 });
  return page.url();
}

/** Waits until a service worker controls the page (the first visit is not controlled: reload once). */
export async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }
}
