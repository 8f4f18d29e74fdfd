import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  checkForServiceWorkerUpdate,
  expectHeading,
  joinEngagement,
  newNote,
  noteValues,
  openFirstSession,
  uiTimeoutMs,
  versionLabel,
  waitForServiceWorkerControl,
} from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { childEnv } from './support/childEnv';
import { launchBrowser } from './support/browser';
import { e2eContext } from './support/context';
import { makeTempDir, repoRoot } from './support/paths';
import { TriangulateServer } from './support/server';

const v2Label = 'v2';

/** Builds the PWA a second time, labelled v2, into its own directory. */
function buildClient(outDir: string, label: string): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    const env = childEnv({ TRIANGULATE_CLIENT_OUT: outDir, TRIANGULATE_BUILD_LABEL: label });
    const child = spawn('npx', ['vite', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolveBuild();
      else reject(new Error(`vite build of ${label} failed (code ${code}, signal ${signal})`));
    });
  });
}

let v2Dir: string | undefined;
let server: TriangulateServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  v2Dir = makeTempDir('client-v2');
  await buildClient(v2Dir, v2Label);
  if (!existsSync(join(v2Dir, 'index.html'))) {
    throw new Error(`TRIANGULATE_CLIENT_OUT was not honoured: no index.html in ${v2Dir}`);
  }
  server = await TriangulateServer.start({ clientDir: e2eContext().clientDir });
  browser = await launchBrowser(e2eContext().chromiumPath);
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  if (v2Dir) rmSync(v2Dir, { recursive: true, force: true });
});

interface MarkedWindow {
  e2eLoadMarker?: string;
}

test('a new version is offered without interrupting typing, and "Update now" keeps the note', async () => {
  if (!server || !browser || !v2Dir) throw new Error('setup failed');
  const { buildLabel } = e2eContext();
  const artifacts = new FailureArtifacts('update-prompt');
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());

  const context = await browser.newContext();
  const page = await context.newPage();
  artifacts.watch('peer', page);

  await joinEngagement(page, server, 'lead peer');
  const session = await openFirstSession(page);
  await waitForServiceWorkerControl(page);
  await expectHeading(page, session.title);
  await expect.poll(() => versionLabel(page), { timeout: uiTimeoutMs }).toBe(buildLabel);

  // Half a note, mid-sentence.
  const half = 'Half typed before the update: commissioning plans mention';
  const box = await newNote(page);
  await page.keyboard.type(half, { delay: 10 });
  expect(await box.inputValue()).toBe(half);
  // Anything that reloads the page would wipe this marker.
  await page.evaluate(() => {
    (window as MarkedWindow).e2eLoadMarker = 'still the same page';
  });

  // v2 is deployed: same port, same data. The app checks for updates on focus and on an
  // interval; the journey asks at once, as those do (a reload is not allowed here).
  await server.restart({ clientDir: v2Dir });
  await checkForServiceWorkerUpdate(page);

  const prompt = page.getByRole('alert').filter({ hasText: 'A new version of Triangulate is ready' });
  await prompt.waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as MarkedWindow).e2eLoadMarker)).toBe('still the same page');
  expect(await versionLabel(page)).toBe(buildLabel);
  expect(await box.inputValue()).toBe(half);
  await expect.poll(() => prompt.getByRole('button', { name: 'Later' }).count()).toBe(1);
  await artifacts.milestone('1-prompt-shown', page);

  await prompt.getByRole('button', { name: 'Update now' }).click();
  await expect.poll(() => versionLabel(page), { timeout: 30_000 }).toBe(v2Label);
  expect(await page.evaluate(() => (window as MarkedWindow).e2eLoadMarker)).toBeUndefined();
  await expectHeading(page, session.title);
  await expect.poll(() => noteValues(page), { timeout: uiTimeoutMs }).toContain(half);
  await artifacts.milestone('2-updated', page);

  await context.close();
});
