import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectHeading, expectSyncStatus, headingText, newNote, syncNow, syncTimeoutMs, uiTimeoutMs } from './app';
import type { TriangulateServer } from './server';

/** The engagement's own path, from any page inside it: "/engagements/<id>". */
export function engagementPath(page: Page): string {
  const path = /\/engagements\/[^/?#]+/.exec(page.url())?.[0];
  if (!path) throw new Error(`not inside an engagement: ${page.url()}`);
  return path;
}

/** Opens a session from the timetable by its title, as a person would. */
export async function openSession(page: Page, title: string): Promise<void> {
  await page.goto(new URL(`${engagementPath(page)}/timetable`, page.url()).href);
  await page.getByRole('link', { name: title, exact: true }).click({ timeout: uiTimeoutMs });
  await expectHeading(page, title);
}

/**
 * On a session page: a new note typed in and tagged with `theme`; returns the note and
 * its evidence type (the session kind's default).
 */
export async function writeTaggedNote(
  page: Page,
  text: string,
  theme: string,
): Promise<{ note: Locator; evidenceType: string }> {
  const box = await newNote(page);
  await box.fill(text);
  await expect.poll(() => box.inputValue(), { timeout: uiTimeoutMs }).toBe(text);
  const note = page.getByRole('article', { name: 'Note text' }).last();
  const chip = note.getByRole('group', { name: 'Themes' }).getByRole('button', { name: theme, exact: true });
  await chip.click();
  await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: uiTimeoutMs }).toBe('true');
  const evidenceType = await note.getByRole('combobox', { name: 'Evidence type' }).inputValue();
  return { note, evidenceType };
}

/** How many edits wait in this device's outbox (IndexedDB), as sync reads them. */
function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('triangulate');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const count = db.transaction('outbox', 'readonly').objectStore('outbox').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/**
 * Waits until everything made on this device is on the server: the outbox is empty and
 * the status says so. (The status recounts a moment after a write, so right after an
 * edit it can still say "All saved" from before; the outbox cannot.)
 */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect.poll(() => outboxCount(page), { timeout: syncTimeoutMs }).toBe(0);
  await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);
}

/** Presses "Sync now" until `check` holds: a pull from the team, seen on screen. */
export async function syncUntil(page: Page, check: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(
      async () => {
        if (await check()) return true;
        // A sync already running disables the button; the next poll presses it again.
        const button = page.getByRole('button', { name: 'Sync now' });
        if (await button.isEnabled()) await syncNow(page);
        return check();
      },
      { timeout: syncTimeoutMs, interval: 1_000 },
    )
    .toBe(true);
}

/** Opens the findings board on `theme`. */
export async function openBoard(page: Page, theme: string): Promise<void> {
  await page.goto(new URL(`${engagementPath(page)}/evening/findings`, page.url()).href);
  await expectHeading(page, 'Findings');
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: theme });
  await page.getByRole('list', { name: 'Strengths', exact: true }).waitFor({ state: 'attached', timeout: uiTimeoutMs });
}

export const lane = (page: Page, name: string): Locator => page.getByRole('list', { name, exact: true });
export const headlines = (page: Page, name: string): Promise<string[]> =>
  lane(page, name).getByRole('heading').allInnerTexts();
export const findingCard = (page: Page, headline: string): Locator =>
  page.getByRole('listitem', { name: headline, exact: true });
/** Shows a finding's notes, as a person would: findings open with them folded behind "Show N notes". */
export async function showNotes(page: Page, headline: string): Promise<void> {
  const toggle = findingCard(page, headline).getByRole('button', { name: /^Show \d+ notes?$/ });
  if ((await toggle.count()) > 0) await toggle.click({ timeout: uiTimeoutMs });
}
/** The finding's notes (shown first), by the accessible name of their cards ("Note: <text>"). */
export async function notesIn(page: Page, headline: string): Promise<string[]> {
  await showNotes(page, headline);
  return findingCard(page, headline)
    .getByRole('list', { name: `Notes of ${headline}`, exact: true })
    .getByRole('article')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
}

/**
 * A finding's label, counts and reasons as the board words them, one line each; [] while
 * the finding is not on the board.
 */
export function summaryOf(page: Page, headline: string): Promise<string[]> {
  // textContent, not innerText: the words themselves, not as CSS capitalises them.
  return findingCard(page, headline)
    .locator('.board-finding__summary p')
    .evaluateAll((lines) => lines.map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** A finding's status line as the board words it: "proposed · Helen Ashworth · merged from 1". */
export function statusLine(page: Page, headline: string): Promise<string> {
  return findingCard(page, headline)
    .locator('.board-finding__status')
    .evaluate((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** dnd-kit's live region: what a screen reader hears while dragging. */
export const announced = (page: Page): Promise<string> => page.locator('[id^="DndLiveRegion"]').innerText();

/**
 * Picks a card up by keyboard: focus its drag handle, Space, and wait until the screen
 * reader says it is picked up and dnd-kit listens for arrows. dnd-kit attaches its arrow
 * listener in a `setTimeout(0)` begun with the pick-up, and a loaded machine may announce
 * the pick-up first: a zero timer set after the announcement runs after dnd-kit's (timers
 * of one delay run in the order they were set), so once it has run, arrows are heard.
 */
export async function pickUp(page: Page, handle: string, announcement: RegExp): Promise<void> {
  await page.getByRole('button', { name: handle, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page), { timeout: uiTimeoutMs }).toMatch(announcement);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/**
 * Moves a note onto a finding by keyboard alone: focus its handle, Space to pick it up,
 * arrows as a person would until the screen reader says it is over the finding (each
 * press waits for the announcement to change), Space to drop.
 */
export async function keyboardDragNote(page: Page, noteLabel: string, headline: string): Promise<void> {
  await pickUp(page, `Drag note: ${noteLabel}`, /^(Picked up note “|Note “)/);
  const over = `is over finding “${headline}”`;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'ArrowDown']) {
    const before = await announced(page);
    if (before.includes(over)) break;
    await page.keyboard.press(key);
    await expect.poll(() => announced(page), { timeout: uiTimeoutMs }).not.toBe(before);
  }
  const now = await announced(page);
  if (!now.includes(over)) throw new Error(`arrows never brought the card over “${headline}”: ${now}`);
  await page.keyboard.press('Space');
}

/**
 * Drags a note's handle onto a finding with the mouse: press, a small move past the
 * sensor's 8 px, across in steps, release. Both must be on screen (use a tall window).
 */
export async function pointerDrag(page: Page, noteLabel: string, headline: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const handle = await page.getByRole('button', { name: `Drag note: ${noteLabel}`, exact: true }).boundingBox();
  const target = await findingCard(page, headline).boundingBox();
  if (!handle || !target) throw new Error('the note or the finding is not on screen');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 30, handle.y + 10, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 10 });
  // Dropped only once the screen reader hears the card is over the finding.
  await expect.poll(() => announced(page), { timeout: uiTimeoutMs }).toContain(`is over finding “${headline}”`);
  await page.mouse.up();
}

/**
 * "Make a finding" with no notes, typed and tapped as a person would, until its card is on
 * the board. Right after a pointer drop, on a loaded machine, a headline typed at once was
 * seen lost (the tap then met an empty box and the browser's "Please fill out this field"):
 * dnd-kit still holds document listeners for a moment after the drop. So the headline is
 * typed again only while nothing was made and nothing is being made: the box is empty
 * (a tap in flight keeps the headline until it is saved) and the board has not said "Made
 * the finding"; a second finding is never made.
 */
export async function makeFindingWithNoNotes(page: Page, headline: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'New finding headline', exact: true });
  await expect
    .poll(
      async () => {
        if ((await summaryOf(page, headline)).length > 0) return true;
        const said = await page.locator('.board-message').innerText();
        if (said.includes(`Made the finding “${headline}”`)) return false; // its card follows
        if ((await box.inputValue()) !== '') return false; // a tap in flight
        await box.fill(headline);
        if ((await box.inputValue()) === headline) {
          await page.getByRole('button', { name: 'Make a finding', exact: true }).click();
        }
        return false;
      },
      { timeout: uiTimeoutMs, interval: 500 },
    )
    .toBe(true);
}

/** Joins on this page with a join link the manager made on the Team screen. */
export async function joinWithLink(page: Page, server: TriangulateServer, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/engagements\/[^/?#]+$/, { timeout: uiTimeoutMs });
  await expect.poll(async () => server.isDemoTitle(await headingText(page)), { timeout: uiTimeoutMs }).toBe(true);
}

/** On the Team screen, a new join link for `member` (another device of theirs); returns its address. */
export async function newJoinLink(page: Page, member: string): Promise<string> {
  await page.goto(new URL(`${engagementPath(page)}/team`, page.url()).href);
  await page
    .getByRole('button', { name: `Create join link for ${member}`, exact: true })
    .click({ timeout: uiTimeoutMs });
  // The link is shown as text to copy or share, never as a link that would join this tablet.
  const url = page.getByRole('region', { name: `Join link for ${member}`, exact: true }).locator('.join-link__url');
  await url.waitFor({ timeout: uiTimeoutMs });
  return (await url.innerText()).trim();
}

const themeGrid = 'Notes by theme: stakeholder groups heard or seen, then evidence types';

/**
 * What one cell of the coverage screen's theme grid says ("0 — gap", "2 — thin", "5"),
 * by its row (the theme) and column heading ("Carers", "Seen"); null while not drawn.
 */
export function coverageCell(page: Page, theme: string, column: string): Promise<string | null> {
  return page
    .getByRole('table', { name: themeGrid, exact: true })
    .evaluate(
      (table, { theme, column }) => {
        const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
        const index = headings.indexOf(column);
        const row = [...table.querySelectorAll('tbody tr')].find(
          (tr) => tr.querySelector('th')?.textContent?.trim() === theme,
        );
        const cell = row?.children[index];
        return index < 0 || !cell ? null : (cell.textContent?.trim() ?? null);
      },
      { theme, column },
    )
    .catch(() => null);
}

/** The manager's lines of the "still to cover" list, as the screen words them. */
export function stillToCover(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Still to cover', exact: true })
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => (box.getAttribute('aria-label') ?? '').replace(/^Done: /, '')));
}
