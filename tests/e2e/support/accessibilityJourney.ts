import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenProblems, tabletViewports } from './accessibilityChecks';
import { FailureArtifacts } from './artifacts';
import { joinEngagement, newNote, syncTimeoutMs, uiTimeoutMs } from './app';
import type { DemoJourney } from './journey';

/**
 * What the accessibility journeys share: a tablet, axe and the tap-target check at both
 * orientations, and the way to each screen. One journey per file, so the three run on
 * both of CI's cores (each has its own server: the demo's join links are single use).
 */

export const managerNote = 'Waiting lists for care assessments have halved since the spring';

/** A tablet-sized context; screens are checked again after turning it. */
export async function tablet(
  { browser }: DemoJourney,
  artifacts: FailureArtifacts,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const first = tabletViewports[0];
  const context = await browser.newContext({ viewport: { width: first.width, height: first.height }, hasTouch: true });
  const page = await context.newPage();
  artifacts.watch(name, page);
  return { context, page };
}

/** Runs axe and the tap-target check at both orientations; returns what it found. */
export async function checkBothOrientations(page: Page, screen: string): Promise<string[]> {
  const problems: string[] = [];
  for (const viewport of tabletViewports) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // Let layout settle after the turn (React does not re-render; the browser relays out).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    problems.push(...(await screenProblems(page, `${screen} (${viewport.name})`)));
  }
  await page.setViewportSize({ width: tabletViewports[0].width, height: tabletViewports[0].height });
  return problems;
}

/** Opens a path of the app and waits for its h1. */
export async function open({ server }: DemoJourney, page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await expect
    .poll(
      () =>
        page
          .getByRole('heading', { level: 1 })
          .first()
          .innerText()
          .catch(() => ''),
      { timeout: uiTimeoutMs },
    )
    .toMatch(heading);
}

/** The path a link on the page points to (the first matching `selector`). */
export async function linkPath({ server }: DemoJourney, page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  await link.waitFor({ timeout: uiTimeoutMs });
  return new URL((await link.getAttribute('href')) ?? '', server.url).pathname;
}

/**
 * From the engagement, opens the timetable; returns its first session's path. The demo's
 * first sessions already hold the team's notes, so its screens are checked full.
 */
export async function firstSession(journey: DemoJourney, page: Page, engagementPath: string): Promise<string> {
  await open(journey, page, `${engagementPath}/timetable`, 'Timetable');
  return linkPath(journey, page, 'a[href*="/sessions/"]');
}

/** From the engagement, opens the timetable; returns its last session's path: tomorrow's, with no notes yet. */
export async function lastSession(journey: DemoJourney, page: Page, engagementPath: string): Promise<string> {
  await open(journey, page, `${engagementPath}/timetable`, 'Timetable');
  await page.locator('a[href*="/sessions/"]').first().waitFor({ timeout: uiTimeoutMs });
  const href = await page.locator('a[href*="/sessions/"]').last().getAttribute('href');
  return new URL(href ?? '', journey.server.url).pathname;
}

/**
 * Whether the server has taken this device's note with `text`, tagged: the outbox is
 * empty and the note carries a revision the server gave it.
 */
function sharedTaggedNote(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (text) =>
      new Promise<boolean>((resolve, reject) => {
        const opening = indexedDB.open('triangulate');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const read = db.transaction(['note', 'outbox'], 'readonly');
          const notes = read.objectStore('note').getAll();
          const waiting = read.objectStore('outbox').count();
          read.oncomplete = () => {
            db.close();
            const note = (notes.result as { text: string; rev: number; themeIds: string[] }[]).find(
              (candidate) => candidate.text === text,
            );
            resolve(waiting.result === 0 && note !== undefined && note.rev > 0 && note.themeIds.length > 0);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    text,
  );
}

/** On a session page: a new note with `text`, tagged with the first theme; returns the note. */
export async function writeTaggedNote(page: Page, text: string) {
  const box = await newNote(page);
  await box.fill(text);
  const note = page.getByRole('article', { name: 'Note text' }).last();
  const theme = note.getByRole('group', { name: 'Themes' }).getByRole('button').first();
  await theme.click();
  await expect.poll(() => theme.getAttribute('aria-pressed'), { timeout: uiTimeoutMs }).toBe('true');
  return note;
}

/**
 * The challenge manager, on a tablet of their own, writes a tagged note in the first
 * session and syncs it: what a peer then reads as a teammate's note.
 */
export async function managerSharesATaggedNote(
  journey: DemoJourney,
): Promise<{ engagementPath: string; sessionPath: string }> {
  const context = await journey.browser.newContext();
  try {
    const page = await context.newPage();
    await joinEngagement(page, journey.server, 'challenge manager');
    const engagementPath = new URL(page.url()).pathname;
    const sessionPath = await firstSession(journey, page, engagementPath);
    await open(journey, page, sessionPath, /./);
    await writeTaggedNote(page, managerNote);
    await expect.poll(() => sharedTaggedNote(page, managerNote), { timeout: syncTimeoutMs }).toBe(true);
    return { engagementPath, sessionPath };
  } finally {
    await context.close();
  }
}

export function report(problems: readonly string[]): void {
  if (problems.length > 0) console.log(`Accessibility problems (${problems.length}):\n${problems.join('\n')}`);
  expect(problems, problems.join('\n')).toEqual([]);
}
