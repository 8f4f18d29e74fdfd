import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openFirstSession, uiTimeoutMs } from './support/app';
import { axeProblems, tabletViewports } from './support/accessibilityChecks';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();
/** Each orientation joins as a different member: a join link is for one device. */
const roleFor = { 768: 'lead peer', 1024: 'officer peer' } as const;

const noteRows = (page: Page) => page.getByRole('list', { name: 'Notes in this session' }).getByRole('listitem');
const themesOpen = (page: Page) => page.getByRole('group', { name: 'Themes' });
const topOf = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().top);

/** What has focus, as "role: name". */
const focusedControl = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLTextAreaElement ? element.labels[0]?.textContent : null) ??
      element.textContent;
    return `${element.tagName.toLowerCase()}: ${(label ?? '').trim()}`;
  });

test.each(tabletViewports)(
  'at $name, Tab reaches "Skip past the notes" before any note, and opening a note below the open one keeps it still',
  async ({ width, height }) => {
    const { context, page, engagementId } = await joinedPeer(journey(), `session-keyboard-${width}`, roleFor[width], {
      viewport: { width, height },
    });
    const session = await openFirstSession(page);
    const sessionId = /\/sessions\/([^/?#]+)/.exec(session.url)?.[1] ?? '';
    const before = await noteRows(page).count();
    await seedNotes(page, engagementId, 12, { onlySessionId: sessionId, text: 'numbered', chars: 200 });
    await page.reload();
    await expect.poll(() => noteRows(page).count(), { timeout: uiTimeoutMs }).toBe(before + 12);

    // From the top of the page, Tab meets "Skip past the notes" before any note's text box.
    const met: string[] = [];
    for (let i = 0; i < 40 && !met.includes('button: Skip past the notes'); i += 1) {
      await page.keyboard.press('Tab');
      met.push(await focusedControl(page));
    }
    expect(met).toContain('button: Skip past the notes');
    expect(met.filter((control) => control.startsWith('textarea'))).toEqual([]);
    const skip = page.getByRole('button', { name: 'Skip past the notes' });
    expect(await skip.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await axeProblems(page, 'session, skip control focused')).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await focusedControl(page)).toBe('button: New note');

    // Open a note in the middle, then tap the note just below it: the first folds, and the
    // tapped note stays where the finger is.
    const boxes = page.getByRole('textbox', { name: 'Note text' });
    const open = boxes.nth(before + 4);
    const next = boxes.nth(before + 5);
    await open.click();
    await expect.poll(() => themesOpen(page).count(), { timeout: uiTimeoutMs }).toBe(1);
    await next.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // The tapped note's row is held; its text box moves only by the open note's wider padding.
    const nextRow = noteRows(page).nth(before + 5);
    const nextTop = await topOf(nextRow);
    await next.click();
    await expect
      .poll(
        () =>
          noteRows(page)
            .nth(before + 5)
            .getByRole('group', { name: 'Themes' })
            .count(),
        {
          timeout: uiTimeoutMs,
        },
      )
      .toBe(1);
    expect(await themesOpen(page).count()).toBe(1);
    expect(Math.abs((await topOf(nextRow)) - nextTop)).toBeLessThanOrEqual(1);
    await context.close();
  },
);
