import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { screenProblems, tabletViewports } from './support/accessibilityChecks';
import { watchApiRefusals } from './support/apiRefusals';
import { FailureArtifacts } from './support/artifacts';
import {
  expectHeading,
  expectSyncStatus,
  followEngagementLink,
  joinEngagement,
  noteBoxes,
  newNote,
  syncTimeoutMs,
  uiTimeoutMs,
} from './support/app';
import { launchBrowser } from './support/browser';
import { e2eContext } from './support/context';
import { TriangulateServer } from './support/server';

let browser: Browser | undefined;
/** A fresh server for each test: its demo's join links are single use, and no test leans on another's. */
let server: TriangulateServer | undefined;
const managerNote = 'Waiting lists for care assessments have halved since the spring';

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

/** A tablet-sized context; screens are checked again after turning it. */
async function tablet(artifacts: FailureArtifacts, name: string): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error('setup failed');
  const first = tabletViewports[0];
  const context = await browser.newContext({ viewport: { width: first.width, height: first.height }, hasTouch: true });
  const page = await context.newPage();
  artifacts.watch(name, page);
  return { context, page };
}

/** Runs axe and the tap-target check at both orientations; returns what it found. */
async function checkBothOrientations(page: Page, screen: string): Promise<string[]> {
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
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${server?.url ?? ''}${path}`);
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
async function linkPath(page: Page, selector: string): Promise<string> {
  const link = page.locator(selector).first();
  await link.waitFor({ timeout: uiTimeoutMs });
  return new URL((await link.getAttribute('href')) ?? '', server?.url).pathname;
}

/**
 * From the engagement, opens the timetable; returns its first session's path. The demo's
 * first sessions already hold the team's notes, so its screens are checked full.
 */
async function firstSession(page: Page, engagementPath: string): Promise<string> {
  await open(page, `${engagementPath}/timetable`, 'Timetable');
  return linkPath(page, 'a[href*="/sessions/"]');
}

/** From the engagement, opens the timetable; returns its last session's path: tomorrow's, with no notes yet. */
async function lastSession(page: Page, engagementPath: string): Promise<string> {
  await open(page, `${engagementPath}/timetable`, 'Timetable');
  await page.locator('a[href*="/sessions/"]').first().waitFor({ timeout: uiTimeoutMs });
  const href = await page.locator('a[href*="/sessions/"]').last().getAttribute('href');
  return new URL(href ?? '', server?.url).pathname;
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
async function writeTaggedNote(page: Page, text: string) {
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
async function managerSharesATaggedNote(): Promise<{ engagementPath: string; sessionPath: string }> {
  if (!server || !browser) throw new Error('setup failed');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await joinEngagement(page, server, 'challenge manager');
    const engagementPath = new URL(page.url()).pathname;
    const sessionPath = await firstSession(page, engagementPath);
    await open(page, sessionPath, /./);
    await writeTaggedNote(page, managerNote);
    await expect.poll(() => sharedTaggedNote(page, managerNote), { timeout: syncTimeoutMs }).toBe(true);
    return { engagementPath, sessionPath };
  } finally {
    await context.close();
  }
}

function report(problems: readonly string[]): void {
  if (problems.length > 0) console.log(`Accessibility problems (${problems.length}):\n${problems.join('\n')}`);
  expect(problems, problems.join('\n')).toEqual([]);
}

test('every screen the challenge manager sees passes axe (serious, critical) and has 44 px targets in both orientations', async () => {
  if (!server) throw new Error('setup failed');
  const artifacts = new FailureArtifacts('accessibility-manager');
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());
  const { context, page } = await tablet(artifacts, 'manager');
  const problems: string[] = [];
  await open(page, '/', 'Triangulate');
  await page.getByRole('link', { name: 'Join with a link' }).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'home, nothing joined')));
  await open(page, '/join', 'Join with a link');
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('alert').waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'join with a link, bad link')));

  await joinEngagement(page, server, 'challenge manager');
  const engagementPath = new URL(page.url()).pathname;
  problems.push(...(await checkBothOrientations(page, 'engagement home')));
  // "/" opens the only engagement joined; its list is at /engagements.
  await open(page, '/engagements', 'Triangulate');
  await page.getByRole('navigation', { name: 'Your engagements' }).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'home, one engagement')));

  await open(page, `${engagementPath}/today`, /./);
  problems.push(...(await checkBothOrientations(page, 'today')));
  const sessionPath = await firstSession(page, engagementPath);
  const editPath = await linkPath(page, 'a[href$="/edit"]');
  problems.push(...(await checkBothOrientations(page, 'timetable (manager)')));
  await open(page, `${engagementPath}/timetable/new`, /./);
  problems.push(...(await checkBothOrientations(page, 'new session')));
  await open(page, editPath, /./);
  problems.push(...(await checkBothOrientations(page, 'edit session')));
  await open(page, `${engagementPath}/setup`, /./);
  problems.push(...(await checkBothOrientations(page, 'setup')));
  await open(page, `${engagementPath}/team`, /./);
  await page
    .getByRole('button', { name: /^Create join link/ })
    .first()
    .waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'team')));
  // A fresh join link with its QR code, for the manager's own row (the peers' printed links stay unspent).
  await page
    .getByRole('button', { name: /^Create join link/ })
    .first()
    .click();
  await page.locator('.join-link__url').waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'team with a new join link and QR code')));
  await open(page, `${engagementPath}/settings`, /./);
  problems.push(...(await checkBothOrientations(page, 'settings')));

  // A session with a tagged note, a quote, a deleted note (banner and disclosure open).
  await open(page, sessionPath, /./);
  const note = await writeTaggedNote(page, managerNote);
  await note.getByRole('combobox', { name: 'Stance' }).selectOption('strength');
  const spare = await newNote(page);
  await spare.fill('A note written in the wrong session');
  await page.getByRole('article', { name: 'Note text' }).last().getByRole('button', { name: 'Delete note' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor({ timeout: uiTimeoutMs });
  await page.locator('details.deleted-notes summary').click();
  await page
    .getByRole('button', { name: /^Restore note/ })
    .first()
    .waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'session with notes, tags and deleted notes')));
  await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);
  // Reopened: the tagged note shows its tags folded into a summary line.
  await open(page, sessionPath, /./);
  await expect.poll(() => noteBoxes(page).count(), { timeout: uiTimeoutMs }).toBeGreaterThan(0);
  problems.push(...(await checkBothOrientations(page, 'session reopened, tags folded')));

  await open(page, `${engagementPath}/search`, 'Search notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('halved');
  await page.getByText(/1 note found/).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'search with results')));

  // The evening screens, on the demo evening's findings, coverage and recommendations.
  for (const [path, heading] of [
    ['evening', 'Evening'],
    ['evening/findings', 'Findings'],
    ['evening/coverage', 'Coverage'],
    ['evening/recommendations', 'Recommendations'],
    ['evening/conflicts', 'Conflicts'],
  ] as const) {
    await open(page, `${engagementPath}/${path}`, heading);
    problems.push(...(await checkBothOrientations(page, `evening: ${heading}`)));
  }
  await context.close();
  report(problems);
}, 300_000);

test('every screen a peer sees passes axe (serious, critical) and has 44 px targets in both orientations', async () => {
  if (!server) throw new Error('setup failed');
  const { engagementPath, sessionPath } = await managerSharesATaggedNote();
  const artifacts = new FailureArtifacts('accessibility-peer');
  const { context, page } = await tablet(artifacts, 'peer');
  const problems: string[] = [];
  await open(page, engagementPath, 'Not joined on this device');
  problems.push(...(await checkBothOrientations(page, 'engagement, not joined')));
  await open(page, '/join/not-a-real-code', 'Joining the engagement');
  await page.getByRole('alert').waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'join with a spent code')));

  await joinEngagement(page, server, 'lead peer');
  const api = watchApiRefusals(page);
  problems.push(...(await checkBothOrientations(page, 'engagement home (peer)')));
  await open(page, `${engagementPath}/today`, /./);
  problems.push(...(await checkBothOrientations(page, 'today (peer)')));
  await open(page, `${engagementPath}/timetable`, 'Timetable');
  problems.push(...(await checkBothOrientations(page, 'timetable (peer)')));

  // The manager's tagged note, read-only, beside the peer's own.
  await open(page, sessionPath, /./);
  await page.getByText(managerNote).waitFor({ timeout: syncTimeoutMs });
  const box = await newNote(page);
  await box.fill('Carers said the respite booking line is hard to reach');
  problems.push(...(await checkBothOrientations(page, 'session with a teammate note (peer)')));
  await open(page, `${engagementPath}/search`, 'Search notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('halved');
  await page.getByText(/1 note found/).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'search with results (peer)')));
  // The evening screens a peer reads, and the manager's screens reached by address: none
  // may call a route a peer may not use (issue 10, point 11).
  for (const [path, heading] of [
    ['evening', 'Evening'],
    ['evening/findings', 'Findings'],
    ['evening/coverage', 'Coverage'],
    ['evening/recommendations', 'Recommendations'],
    ['setup', 'Engagement setup'],
    ['team', 'Team'],
  ] as const) {
    await open(page, `${engagementPath}/${path}`, heading);
  }
  await page
    .getByText('Only the challenge manager invites people and manages devices.')
    .waitFor({ timeout: uiTimeoutMs });
  // Left by the header's link, not a new page load, so the calls Team started are answered, not cut off.
  await followEngagementLink(page, 'Settings');
  await expectHeading(page, 'Settings');
  problems.push(...(await checkBothOrientations(page, 'settings (peer)')));
  const refusals = await api.refusals();
  await context.close();
  report(problems);
  expect(refusals, 'API calls refused to the peer').toEqual([]);
}, 240_000);

/** What has focus: its role-ish name, and whether a focus indicator is drawn around it. */
async function focused(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: '(body)', visible: false };
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? (element.labels?.[0]?.textContent ?? '')
        : (element.textContent ?? ''));
    const name = `${element.tagName.toLowerCase()}: ${label.replace(/\s+/g, ' ').trim()}`;
    // A visually hidden file input shows its focus on the label after it (styles.css).
    const drawn =
      element.classList.contains('visually-hidden') && element.nextElementSibling
        ? element.nextElementSibling
        : element;
    const style = getComputedStyle(drawn);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { name, visible: outline || style.boxShadow !== 'none' };
  });
}

test('a peer captures a note by keyboard alone: New note, type, then tags and stance, with focus always visible', async () => {
  if (!server || !browser) throw new Error('setup failed');
  const artifacts = new FailureArtifacts('accessibility-keyboard');
  const { context, page } = await tablet(artifacts, 'keyboard');
  await joinEngagement(page, server, 'officer peer');
  // A session the peer has not written in yet, as on arriving in the room.
  const sessionPath = await lastSession(page, new URL(page.url()).pathname);
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, sessionPath, /./);
  await page.getByRole('button', { name: 'New note' }).waitFor({ timeout: uiTimeoutMs });

  const path: string[] = [];
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    path.push(now.name);
    if (now.name === 'button: New note') {
      expect(now.visible, 'focus on New note is visible').toBe(true);
      break;
    }
  }
  expect(path.at(-1), `Tab never reached New note:\n${path.join('\n')}`).toBe('button: New note');
  const before = await noteBoxes(page).count();
  await page.keyboard.press('Enter');
  await expect.poll(() => noteBoxes(page).count(), { timeout: uiTimeoutMs }).toBe(before + 1);
  await expect.poll(async () => (await focused(page)).name, { timeout: uiTimeoutMs }).toBe('textarea: Note text');
  const text = 'Front door staff knew the reablement offer well';
  await page.keyboard.type(text, { delay: 5 });
  await expect.poll(() => noteBoxes(page).nth(before).inputValue(), { timeout: uiTimeoutMs }).toBe(text);

  const visited: { name: string; visible: boolean }[] = [];
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    visited.push(now);
    if (now.name === 'button: Delete note') break;
  }
  const names = visited.map((v) => v.name);
  const listing = visited.map((v) => `${v.visible ? '  ' : '✗ '}${v.name}`).join('\n');
  for (const expected of [
    /^select: Evidence type/,
    /^select: Stance/,
    /^input: Verbatim quote/,
    /^button: Tags$/,
    /^button: 1/,
    /^input: Add photo/,
    /^button: Delete note$/,
  ]) {
    expect(
      names.some((name) => expected.test(name)),
      `${expected} not reached by Tab:\n${listing}`,
    ).toBe(true);
  }
  expect(
    visited.filter((v) => !v.visible).map((v) => v.name),
    `focus not visible on:\n${listing}`,
  ).toEqual([]);

  // Shift+Tab back to the first theme and toggle it with Space, as a keyboard user would.
  for (let presses = 0; presses < 40 && !/^button: 1/.test((await focused(page)).name); presses += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Space');
  const chips = page.getByRole('article', { name: 'Note text' }).nth(before).locator('[aria-pressed="true"]');
  await expect.poll(() => chips.count(), { timeout: uiTimeoutMs }).toBe(1);
  await context.close();
}, 120_000);
