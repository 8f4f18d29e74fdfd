import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectHeading, noteBoxes, noteValues, openFirstSession, sessionNotesRead, uiTimeoutMs } from './support/app';
import { demoJourneyPerFile, joinedPeer } from './support/journey';

const journey = demoJourneyPerFile();
// The app's entry script. The service worker is blocked in these contexts, so the route sees it.
const appEntry = /\/assets\/index-[^/]+\.js$/;

/** Holds the app's code back, as a slow tablet's start does, until the returned function lets it go. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Once let go, every later load goes straight on.
  await page.route(appEntry, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** A peer who has opened the first session once (its screen remembers it for the early box). */
async function peerOnSession(name: string, role: string) {
  const peer = await joinedPeer(journey(), name, role, {
    serviceWorkers: 'block',
    viewport: { width: 768, height: 1024 },
  });
  const session = await openFirstSession(peer.page);
  await sessionNotesRead(peer.page);
  return { ...peer, session, before: await noteValues(peer.page) };
}

/** Reloads with the app's code held back, taps the early "New note" and types `text` into its box. */
async function typeInEarlyBox(page: Page, text: string): Promise<() => void> {
  const release = await holdAppCode(page);
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('button', { name: 'New note' }).click({ timeout: uiTimeoutMs });
  const box = noteBoxes(page);
  await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type(text, { delay: 5 });
  // Still before the app: no screen of its own (every one has a heading).
  expect(await page.getByRole('heading').count()).toBe(0);
  expect(await box.inputValue()).toBe(text);
  return release;
}

test('a note begun before the app’s code has run keeps its words, its focus and its caret as the app takes over', async () => {
  const { page, session, before } = await peerOnSession('early-note', 'lead peer');
  const release = await typeInEarlyBox(page, 'Heard at the front door: ');
  release();
  await expectHeading(page, session.title);
  // The app's own box now, focused with the caret at the end: typing simply goes on.
  await page.keyboard.type('people wait weeks for an assessment', { delay: 5 });
  const written = 'Heard at the front door: people wait weeks for an assessment';
  await expect.poll(() => noteValues(page), { timeout: uiTimeoutMs }).toEqual([...before, written]);
  expect(await page.getByRole('button', { name: 'New note' }).count()).toBe(1);

  await page.reload();
  await expectHeading(page, session.title);
  await expect.poll(() => noteValues(page), { timeout: uiTimeoutMs }).toEqual([...before, written]);
});

test('a note begun before the app’s code has run is written at the next start when its tab closes first', async () => {
  const { context, page, session, before } = await peerOnSession('early-note-closed', 'officer peer');
  const written = 'Said as the tab closed';
  await typeInEarlyBox(page, written);
  // The tab goes before the app ever ran in it.
  await page.close();

  const again = await context.newPage();
  await again.goto(session.url);
  await expectHeading(again, session.title);
  await expect.poll(() => noteValues(again), { timeout: uiTimeoutMs }).toEqual([...before, written]);
  await again.reload();
  await expectHeading(again, session.title);
  await expect.poll(() => noteValues(again), { timeout: uiTimeoutMs }).toEqual([...before, written]);
});

test('the start page paints before any of the app’s code is asked for, then the start’s steps are asked for together', async () => {
  const { browser, server } = journey();
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await expectHeading(page, 'Triangulate');
    const start = await page.evaluate(() => {
      const meta = document.querySelector<HTMLMetaElement>('meta[name="triangulate-start-steps"]');
      const steps = (meta?.content ?? '').split(' ').filter(Boolean);
      const asked = (file: string) =>
        performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === file);
      return {
        paintedAt: performance.getEntriesByName('first-paint')[0]?.startTime,
        steps: steps.map((file) => ({
          file,
          askedAt: asked(file)?.startTime,
          preloaded: document.head.querySelector(`link[rel="modulepreload"][href="${file}"]`) !== null,
        })),
      };
    });
    // React, zod and the schemas, Dexie and the database, the app: each a step of its own.
    expect(start.steps.length).toBeGreaterThanOrEqual(4);
    expect(start.paintedAt).toBeGreaterThan(0);
    for (const step of start.steps) {
      expect(step.askedAt, step.file).toBeGreaterThanOrEqual(start.paintedAt ?? Infinity);
      // Asked for at once as the start began, not each after the step before had run.
      expect(step.preloaded, step.file).toBe(true);
    }
  } finally {
    await context.close();
  }
});
