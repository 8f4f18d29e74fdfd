import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openFirstSession, uiTimeoutMs } from './support/app';
import { axeProblems, tabletViewports } from './support/accessibilityChecks';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();
/** Each orientation joins as a different member: a join link is for one device. */
const roleFor = { 768: 'lead peer', 1024: 'officer peer' } as const;

const noteRows = (page: Page) => page.getByRole('list', { name: 'Notes in this session' }).getByRole('listitem');

/** Whether the element is wholly inside the window. */
const inView = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight;
  });

test.each(tabletViewports)(
  'at $name, 20 notes of 200 characters fit in 6 portrait screens, one note open, "New note" always in view',
  async ({ width, height }) => {
    const { context, page, artifacts, engagementId } = await joinedPeer(
      journey(),
      `session-layout-${width}`,
      roleFor[width],
      { viewport: { width, height } },
    );
    const session = await openFirstSession(page);
    const sessionId = /\/sessions\/([^/?#]+)/.exec(session.url)?.[1] ?? '';
    const before = await noteRows(page).count();
    await seedNotes(page, engagementId, 20, { onlySessionId: sessionId, text: 'numbered', chars: 200 });
    await page.reload();
    await expect.poll(() => noteRows(page).count(), { timeout: uiTimeoutMs }).toBe(before + 20);

    // A layout fact: the whole page is at most six portrait screens (6 × 1024 px) tall.
    const pageHeight = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? Infinity);
    expect(pageHeight).toBeLessThanOrEqual(6 * 1024);
    if (height === 1024) expect(pageHeight / height).toBeLessThanOrEqual(6);
    // No note is open: no tag pickers, choices or Delete anywhere.
    expect(await page.getByRole('group', { name: 'Themes' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Stance' }).count()).toBe(0);
    expect(await inView(page, 'New note')).toBe(true);

    // Tapping a note's text opens that note alone; tapping another moves the open note. (Nothing is
    // typed in a seeded note: the server never had it, and would refuse the edit.)
    const boxes = page.getByRole('textbox', { name: 'Note text' });
    await boxes.nth(3).click();
    await expect.poll(() => page.getByRole('group', { name: 'Themes' }).count(), { timeout: uiTimeoutMs }).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Stance' }).count()).toBe(1);
    await boxes.nth(10).click();
    await expect
      .poll(() => page.locator('article').nth(10).getByRole('group', { name: 'Themes' }).count(), {
        timeout: uiTimeoutMs,
      })
      .toBe(1);
    expect(await page.getByRole('group', { name: 'Themes' }).count()).toBe(1);
    // Halfway down and at the end, "New note" is on screen; from the middle it adds a note in view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    expect(await inView(page, 'New note')).toBe(true);
    await artifacts.milestone(`middle-${width}`, page);
    expect(await axeProblems(page, `session ${width}`)).toEqual([]);
    await page.getByRole('button', { name: 'New note' }).click();
    await expect.poll(() => noteRows(page).count(), { timeout: uiTimeoutMs }).toBe(before + 21);
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName),
      )
      .toBe('TEXTAREA');
    expect(await page.getByRole('group', { name: 'Themes' }).count()).toBe(1);
    await page.keyboard.type('Added from the middle');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView(page, 'New note')).toBe(true);
    await context.close();
  },
);
