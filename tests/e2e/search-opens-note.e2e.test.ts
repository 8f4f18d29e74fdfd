import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openFirstSession, uiTimeoutMs } from './support/app';
import { axeProblems, tabletViewports } from './support/accessibilityChecks';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();
/** Each orientation joins as a different member: a join link is for one device. */
const roleFor = { 768: 'lead peer', 1024: 'officer peer' } as const;
/** Portrait finds a teammate's note (read-only), landscape one of mine (an editor). */
const foundIndexFor = { 768: 377, 1024: 376 } as const;
const seeded = 400;

const found = (page: Page) => page.getByRole('region', { name: 'Found by search' });

/** The found note's words: a teammate's as text, mine in its text box. */
const shownText = async (page: Page) => {
  const boxes = found(page).getByRole('textbox', { name: 'Note text' });
  return (await boxes.count()) > 0 ? boxes.inputValue() : found(page).innerText();
};

/** Where the found note is: wholly on screen between the header and the "New note" bar, focused, and its place in the list. */
const placeOfFound = (page: Page) =>
  found(page).evaluate((region) => {
    const rect = region.getBoundingClientRect();
    const bar = document.querySelector('.session-actions')?.getBoundingClientRect().top ?? window.innerHeight;
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    return {
      onScreen: rect.top >= Math.max(header, 0) && rect.bottom <= Math.min(bar, window.innerHeight),
      focused: document.activeElement === region,
      position: Number(region.closest('li')?.getAttribute('aria-posinset') ?? 0),
    };
  });

test.each(tabletViewports)(
  'at $name, opening a search result far down a session of 400 notes shows that note, focused and labelled',
  async ({ width, height }) => {
    const { context, page, artifacts, engagementId } = await joinedPeer(
      journey(),
      `search-opens-note-${width}`,
      roleFor[width],
      { viewport: { width, height } },
    );
    const session = await openFirstSession(page);
    const sessionId = /\/sessions\/([^/?#]+)/.exec(session.url)?.[1] ?? '';
    await seedNotes(page, engagementId, seeded, {
      onlySessionId: sessionId,
      text: 'numbered',
      chars: 200,
      teammateEvery: 3,
    });
    const foundText = `Seeded note ${foundIndexFor[width]} `;

    await page.goto(new URL(`/engagements/${engagementId}/search`, session.url).href);
    await page.getByRole('searchbox', { name: 'Search notes' }).fill(foundText.trim());
    const results = page.getByRole('list', { name: 'Notes found' }).getByRole('listitem');
    await expect.poll(() => results.count(), { timeout: uiTimeoutMs }).toBe(1);
    expect(await results.first().innerText()).toContain(foundText);
    expect(await axeProblems(page, 'search with a result')).toEqual([]);

    await results.first().getByRole('link', { name: session.title }).click();
    await page.waitForURL(/\/sessions\/[^/?#]+\?note=/, { timeout: uiTimeoutMs });
    await found(page).waitFor({ timeout: uiTimeoutMs });
    expect(await shownText(page)).toContain(foundText);
    // Rows measured as they render settle the page; the found note ends, and stays, on screen.
    await expect
      .poll(() => placeOfFound(page), { timeout: uiTimeoutMs })
      .toEqual({ onScreen: true, focused: true, position: expect.any(Number) });
    const { position } = await placeOfFound(page);
    expect(position).toBeGreaterThan(300);
    expect(await found(page).getByText('Found by search').isVisible()).toBe(true);
    await artifacts.milestone(`found-${width}`, page);
    expect(await axeProblems(page, 'session opened at a found note')).toEqual([]);

    // Moving on to another note clears the mark, and the address no longer names the note.
    await page
      .getByRole('list', { name: 'Notes in this session' })
      .locator('li:not(:has(.found-note))')
      .getByRole('textbox', { name: 'Note text' })
      .first()
      .click();
    await expect.poll(() => found(page).count(), { timeout: uiTimeoutMs }).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  },
);
