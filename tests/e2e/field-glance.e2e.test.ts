import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { screenProblems, tabletViewports } from './support/accessibilityChecks';
import { FailureArtifacts } from './support/artifacts';
import {
  expectHeading,
  expectSyncStatus,
  joinEngagement,
  newNote,
  openFirstSession,
  syncTimeoutMs,
  uiTimeoutMs,
  writeNote,
} from './support/app';
import { launchBrowser } from './support/browser';
import { e2eContext } from './support/context';
import { TriangulateServer } from './support/server';

let browser: Browser | undefined;
/** A fresh server for each test: its demo's join links are single use. */
let server: TriangulateServer | undefined;

beforeAll(async () => {
  browser = await launchBrowser(e2eContext().chromiumPath);
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await TriangulateServer.start({ clientDir: e2eContext().clientDir });
});
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/** One row of the header: its 44 px targets and a little padding, far from two rows (~100 px). */
const oneRowPx = 64;

/** Where the header is and how it looks, with the status bar's colours. */
function headerNow(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header.app-header');
    const status = document.querySelector('.sync-status');
    if (!header || !status) throw new Error('no header or status');
    const box = header.getBoundingClientRect();
    const look = getComputedStyle(status);
    return {
      top: box.top,
      height: box.height,
      scrollY: window.scrollY,
      look: `${look.backgroundColor} ${look.color} ${look.borderTopColor}`,
    };
  });
}

async function newTablet(name: string, viewport: (typeof tabletViewports)[number]) {
  if (!browser || !server) throw new Error('setup failed');
  const artifacts = new FailureArtifacts(name);
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  const page = await context.newPage();
  artifacts.watch(name, page);
  return { context, page, artifacts };
}

describe.each(tabletViewports)('at $name', (viewport) => {
  test('the sync state stays on screen, and offline says what waits and when the server was last reached', async () => {
    const { context, page, artifacts } = await newTablet(`field-glance-sync-${viewport.width}`, viewport);
    if (!server) throw new Error('setup failed');
    await joinEngagement(page, server, 'challenge manager');
    await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);
    const saved = await headerNow(page);
    // The manager's header (every link, the status and "Sync now") keeps to one row.
    expect(saved.height).toBeLessThanOrEqual(oneRowPx);

    // No signal, in a session: other words, another look, the changes waiting and the last contact.
    await openFirstSession(page);
    await context.setOffline(true);
    await expectSyncStatus(page, /^Offline · last reached the server at \d{2}:\d{2}$/);
    await writeNote(page, 'Written with no signal: the duty team covers three localities');
    await expectSyncStatus(page, /^Offline · 1 change waiting · last reached the server at \d{2}:\d{2}$/);
    // A long interview: the page scrolls well down, and the header stays at the top.
    for (let note = 2; note <= 8; note += 1) {
      const box = await newNote(page);
      await box.fill(
        `Note ${note} written offline: ${'the team heard about waiting lists and the front door. '.repeat(4)}`,
      );
    }
    await expectSyncStatus(page, /^Offline · \d+ changes waiting · last reached the server at \d{2}:\d{2}$/);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await headerNow(page)).scrollY, { timeout: uiTimeoutMs }).toBeGreaterThan(200);
    const offline = await headerNow(page);
    expect(offline.look).not.toBe(saved.look);
    expect(offline.height).toBeLessThanOrEqual(oneRowPx);
    expect(offline.top).toBe(0);
    await artifacts.milestone('offline', page);
    expect(await screenProblems(page, `session, offline (${viewport.name})`)).toEqual([]);

    // Back online, the change reaches the server and the header says so.
    await context.setOffline(false);
    await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);
    expect((await headerNow(page)).look).toBe(saved.look);
    await context.close();
  });

  test('a join link opened again goes straight in; a broken or unknown one reads in plain words', async () => {
    const { context, page, artifacts } = await newTablet(`field-glance-join-${viewport.width}`, viewport);
    if (!server) throw new Error('setup failed');
    const title = await joinEngagement(page, server, 'lead peer');

    // The same link again (from the email, a day later): straight into the engagement.
    await page.goto(server.link('lead peer').url);
    await page.waitForURL(/\/engagements\/[^/?#]+$/, { timeout: uiTimeoutMs });
    await expectHeading(page, title);
    expect(await page.getByRole('alert').count()).toBe(0);

    // A link cut short when copied.
    await page.goto(`${server.url}/join/abc`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: uiTimeoutMs });
    expect(await alert.innerText()).toMatch(/^This join link is not complete: part of it may be missing/);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await screenProblems(page, `join, link cut short (${viewport.name})`)).toEqual([]);

    // A code the server does not know.
    await page.goto(`${server.url}/join/NotAnInviteCode12345`);
    await expect
      .poll(() => alert.innerText().catch(() => ''), { timeout: uiTimeoutMs })
      .toMatch(/^This join link does not work any more: .* Ask your challenge manager for a new link\./);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await artifacts.milestone('unknown-code', page);
    await context.close();
  });
});
