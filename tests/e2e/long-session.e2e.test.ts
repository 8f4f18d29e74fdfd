import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { goOffline, openFirstSession, uiTimeoutMs } from './support/app';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();
const noteCount = 5000;

const noteRows = (page: Page) => page.getByRole('list', { name: 'Notes in this session' }).getByRole('listitem');
const lastRow = (page: Page, position: number) =>
  page.getByRole('list', { name: 'Notes in this session' }).locator(`li[aria-posinset="${position}"]`);

/**
 * The stored text of the note whose text holds `marker`: found by any part, so that a
 * failure shows where typed text landed (a note's start moved is then seen, not null).
 */
function storedText(page: Page, marker: string): Promise<string | null> {
  return page.evaluate(
    (marker) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('triangulate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('note', 'readonly').objectStore('note').getAll();
          all.onsuccess = () => {
            open.result.close();
            const found = (all.result as { text: string }[]).find((note) => note.text.includes(marker));
            resolve(found?.text ?? null);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    marker,
  );
}

/**
 * Scrolls to the end of the page and does `act` to the text box of the note at `position`.
 * Rows measured as they render can push that note out of the page again just after the
 * scroll (the list keeps the top visible row still), so a scroll and act that miss it are
 * tried again, as a person would scroll down again.
 */
async function atNoteAtEnd<T>(page: Page, position: number, act: (box: Locator) => Promise<T>): Promise<T> {
  let result: { value: T } | undefined;
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const box = lastRow(page, position).getByRole('textbox', { name: 'Note text' });
        if ((await box.count()) === 0) return false;
        result = await act(box).then(
          (value) => ({ value }),
          () => undefined, // gone from the page between the count and the act: scroll again
        );
        return result !== undefined;
      },
      { timeout: uiTimeoutMs, interval: 200 },
    )
    .toBe(true);
  if (!result) throw new Error(`note ${position} never stayed on the page`);
  return result.value;
}

/** Whether the focused element is a note's text box, wholly inside the window. */
function focusedBoxInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.activeElement;
    if (!(box instanceof HTMLTextAreaElement)) return false;
    const rect = box.getBoundingClientRect();
    // A pixel's grace: scrolling into view aligns edges to fractions of a pixel.
    return rect.top >= -1 && rect.bottom <= window.innerHeight + 1;
  });
}

test('a session with 5,000 notes keeps fewer than 100 in the page, scrolls to the last, saves typing and adds a note in view', async () => {
  const { context, page, artifacts, engagementId } = await joinedPeer(journey(), 'long-session', 'lead peer', {
    viewport: { width: 1024, height: 768 },
  });
  const session = await openFirstSession(page);
  const sessionId = /\/sessions\/([^/?#]+)/.exec(session.url)?.[1] ?? '';
  // Two in three are mine (editors), one in three a teammate's (read-only), some longer.
  // The seeded notes exist on this device only (no create was ever pushed): the server would
  // refuse an edit of one as a record it lacks and list it as refused (the note stays,
  // store/outbox.ts). Offline, as on site, the journey sees only the page's own work.
  await goOffline(page);
  await seedNotes(page, engagementId, noteCount, {
    onlySessionId: sessionId,
    teammateEvery: 3,
    longEvery: 5,
    text: 'numbered',
  });
  await page.reload();

  // The list says how long it is, yet only the notes near the screen are in the page.
  await expect
    .poll(() => noteRows(page).first().getAttribute('aria-setsize'), { timeout: 60_000 })
    .toBe(String(noteCount));
  const rows = await noteRows(page).count();
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(100);
  await artifacts.milestone('1-top', page);

  // The end of the page shows the last note, still with few rows in the page.
  const quick = { timeout: 1_000 };
  expect(await atNoteAtEnd(page, noteCount, (box) => box.inputValue(quick))).toBe(`Seeded note ${noteCount - 1}`);
  expect(await noteRows(page).count()).toBeLessThan(100);
  await artifacts.milestone('2-bottom', page);

  // Typing there is saved: a reload shows it.
  await atNoteAtEnd(page, noteCount, async (box) => {
    await box.click(quick);
    await box.press('End', quick);
  });
  await page.keyboard.type(' and the carers agreed', { delay: 5 });
  const typed = `Seeded note ${noteCount - 1} and the carers agreed`;
  await expect
    .poll(() => storedText(page, `Seeded note ${noteCount - 1}`), { timeout: uiTimeoutMs })
    .toBe(typed)
    .catch(async (error: unknown) => {
      await artifacts.milestone('typed-not-stored', page);
      throw new Error(`${String(error)}; notes holding the typing: ${await storedText(page, 'carers agreed')}`);
    });
  await page.reload();
  await expect.poll(() => noteRows(page).count(), { timeout: 60_000 }).toBeGreaterThan(0);
  expect(await atNoteAtEnd(page, noteCount, (box) => box.inputValue(quick))).toBe(typed);

  // From the top of the page, "New note" gives a focused, empty editor in view at the end.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'New note' }).click();
  await expect.poll(() => lastRow(page, noteCount + 1).count(), { timeout: uiTimeoutMs }).toBe(1);
  const fresh = lastRow(page, noteCount + 1).getByRole('textbox', { name: 'Note text' });
  await expect.poll(() => fresh.evaluate((box) => box === document.activeElement), { timeout: uiTimeoutMs }).toBe(true);
  await expect.poll(() => focusedBoxInView(page), { timeout: uiTimeoutMs }).toBe(true);
  expect(await fresh.inputValue()).toBe('');
  expect(await noteRows(page).count()).toBeLessThan(100);
  await fresh.pressSequentially('New after five thousand', { delay: 5 });
  await expect
    .poll(() => storedText(page, 'New after five thousand'), { timeout: uiTimeoutMs })
    .toBe('New after five thousand');
  await artifacts.milestone('3-new-note', page);
  await context.close();
});
