import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TriangulateServer } from './server';

/** How long UI state may take to settle before a journey fails. */
export const uiTimeoutMs = 20_000;
/** Sync goes through the network and the server: give it longer. */
export const syncTimeoutMs = 45_000;

const engagementPath = /\/engagements\/[^/?#]+$/;
const sessionPath = /\/engagements\/[^/?#]+\/sessions\/[^/?#]+$/;

export interface OpenedSession {
  url: string;
  title: string;
}

/** The page's h1 text, or null while there is none. */
export async function headingText(page: Page): Promise<string | null> {
  const h1 = page.getByRole('heading', { level: 1 });
  if ((await h1.count()) === 0) return null;
  return (await h1.first().innerText({ timeout: 1_000 })).trim();
}

export async function expectHeading(page: Page, title: string): Promise<void> {
  await expect.poll(() => headingText(page), { timeout: uiTimeoutMs }).toBe(title);
}

/**
 * Opens the join link the server printed for `role` and waits for the engagement page
 * to show the demo engagement's title as its h1; returns that title.
 */
export async function joinEngagement(page: Page, server: TriangulateServer, role: string): Promise<string> {
  await page.goto(server.link(role).url);
  await page.waitForURL(engagementPath, { timeout: uiTimeoutMs });
  await expect.poll(async () => server.isDemoTitle(await headingText(page)), { timeout: uiTimeoutMs }).toBe(true);
  return (await headingText(page)) ?? '';
}

/** From the engagement page, follows the first session of the timetable. */
export async function openFirstSession(page: Page): Promise<OpenedSession> {
  const link = page.locator('a[href*="/sessions/"]').first();
  await link.waitFor({ timeout: uiTimeoutMs });
  // The timetable link is named by the session title, which is the session page's h1.
  const title = (await link.innerText()).trim();
  await link.click();
  await page.waitForURL(sessionPath, { timeout: uiTimeoutMs });
  await expectHeading(page, title);
  return { url: page.url(), title };
}

/**
 * Waits until a service worker is active and controls this page. With registerType
 * "prompt" the first visit is not controlled, so the page is reloaded once.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => undefined),
        new Promise<undefined>((_, reject) => {
          setTimeout(() => reject(new Error(`no active service worker after ${ms} ms`)), ms);
        }),
      ]),
    uiTimeoutMs,
  );
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: uiTimeoutMs });
  }
}

/**
 * Loses signal as an installed app does: the service worker holds the app first (its
 * install can still be copying the app into its cache on a busy machine; a screen not yet
 * opened then fails to load offline), then the browser goes offline.
 */
export async function goOffline(page: Page): Promise<void> {
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
}

/**
 * Asks the browser to look for a new service worker now, as the app does on focus and
 * on its interval; fails if there is no registration or the check hangs.
 */
export async function checkForServiceWorkerUpdate(page: Page): Promise<void> {
  await page.evaluate(async (ms) => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration');
    await Promise.race([
      registration.update(),
      new Promise((_, reject) => {
        setTimeout(() => reject(new Error(`registration.update() took over ${ms} ms`)), ms);
      }),
    ]);
  }, uiTimeoutMs);
}

export function syncStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Sync status' });
}

/** The sync status text, or null while it is not on the page. */
export async function syncStatusText(page: Page): Promise<string | null> {
  const status = syncStatus(page);
  if ((await status.count()) === 0) return null;
  return ((await status.first().textContent({ timeout: 1_000 })) ?? '').trim();
}

export async function expectSyncStatus(page: Page, expected: string | RegExp, timeout = uiTimeoutMs): Promise<void> {
  const poll = expect.poll(() => syncStatusText(page), { timeout });
  if (typeof expected === 'string') await poll.toBe(expected);
  else await poll.toMatch(expected);
}

/** Presses "Sync now" (pull and push at once). */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync now' }).click({ timeout: 5_000 });
}

/** My own notes' text boxes, oldest first. */
export function noteBoxes(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Note text' });
}

/** The values of all my note boxes, oldest first. */
export function noteValues(page: Page): Promise<string[]> {
  return noteBoxes(page).evaluateAll((elements) =>
    elements.map((element) =>
      element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
        ? element.value
        : (element.textContent ?? ''),
    ),
  );
}

/**
 * Waits until the session page shows and has read its notes: "New note" works before they
 * are read, so a count of the notes must wait for them.
 */
export async function sessionNotesRead(page: Page): Promise<void> {
  // The app's own screen: after a reload the early "New note" (public/early-note.js) comes first, with no heading.
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: uiTimeoutMs });
  await page.getByRole('button', { name: 'New note' }).waitFor({ timeout: uiTimeoutMs });
  await expect.poll(() => page.getByText('Reading the notes…').count(), { timeout: uiTimeoutMs }).toBe(0);
}

/** Presses "New note", waits for its box (the newest is last) and focuses it. */
export async function newNote(page: Page): Promise<Locator> {
  const boxes = noteBoxes(page);
  await sessionNotesRead(page);
  const before = await boxes.count();
  await page.getByRole('button', { name: 'New note' }).click();
  await expect.poll(() => boxes.count(), { timeout: uiTimeoutMs }).toBe(before + 1);
  const box = boxes.nth(before);
  await box.click();
  return box;
}

/** Adds a note by typing it key by key, and checks the box holds it. */
export async function writeNote(page: Page, text: string): Promise<void> {
  const box = await newNote(page);
  await box.pressSequentially(text, { delay: 5 });
  await expect.poll(() => box.inputValue(), { timeout: uiTimeoutMs }).toBe(text);
}

/** The label in the footer's "Triangulate version <label>", or null. */
export async function versionLabel(page: Page): Promise<string | null> {
  const text = await page.evaluate(() => document.body.innerText);
  return /Triangulate version (\S+)/.exec(text)?.[1] ?? null;
}

/** Whether every text shows on the page (as a box value or as read-only text). */
export async function showsAllTexts(page: Page, texts: readonly string[]): Promise<boolean> {
  const values = await noteValues(page);
  const bodyText = await page.evaluate(() => document.body.innerText);
  return texts.every((text) => values.includes(text) || bodyText.includes(text));
}

/**
 * Follows one of the header's engagement links as a person would: on a portrait tablet
 * the less used ones (Timetable, Setup, Team, Settings) fold under "More".
 */
export async function followEngagementLink(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Engagement' });
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await nav.getByRole('button', { name: 'More', exact: true }).click();
  await link.click();
}

/** Waits for `locator` to show, pressing "Sync now" between looks so the pull comes sooner than its 30 s. */
export async function syncUntilVisible(page: Page, locator: Locator): Promise<void> {
  const syncNow = page.getByRole('button', { name: 'Sync now' });
  await expect
    .poll(
      async () => {
        if (await locator.isVisible()) return true;
        if (await syncNow.isEnabled()) await syncNow.click();
        return locator.isVisible();
      },
      { timeout: syncTimeoutMs, interval: 1_000 },
    )
    .toBe(true);
}
