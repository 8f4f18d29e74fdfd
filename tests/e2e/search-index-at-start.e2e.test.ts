import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectHeading, openFirstSession, uiTimeoutMs, writeNote } from './support/app';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();

const countText = (page: Page) => page.getByRole('status').filter({ hasText: /found/ }).innerText();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search notes' });

/**
 * Starts noting whether the page ever shows that the search index is still being built
 * ("Reading the notes on this device…" or its progress bar), from now on.
 */
function watchForBuildProgress(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen = globalThis as { sawIndexBuilding?: boolean };
    seen.sawIndexBuilding = false;
    const look = () => {
      if (
        document.body.innerText.includes('Reading the notes on this device') ||
        document.querySelector('progress[aria-label="Notes read"]')
      ) {
        seen.sawIndexBuilding = true;
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
    look();
  });
}

const sawBuildProgress = (page: Page) =>
  page.evaluate(() => (globalThis as { sawIndexBuilding?: boolean }).sawIndexBuilding === true);

/** The app's own User Timing mark, in ms since the page started; null until it is set. */
const markAt = (page: Page, name: string) =>
  page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? null, name);

async function openSearch(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Engagement' }).getByRole('link', { name: 'Search' }).click();
  await page.waitForURL(/\/search$/, { timeout: uiTimeoutMs });
}

test('the search index is built at start, so Search answers at once; notes typed here or in another tab are found', async () => {
  const { context, page, artifacts, engagementId } = await joinedPeer(journey(), 'search-index-at-start', 'lead peer');
  const session = await openFirstSession(page);
  // In the other sessions: this session's screen stays light for typing below.
  await seedNotes(page, engagementId, 2000, { exceptSessionId: /\/sessions\/([^/?#]+)/.exec(session.url)?.[1] });

  // The app starts again on the session screen; nobody opens Search.
  await page.reload();
  await expectHeading(page, session.title);
  await expect.poll(() => markAt(page, 'note-index-ready'), { timeout: 60_000 }).not.toBeNull();
  // Built in a worker, so it starts with the app rather than waiting for start-up to end:
  // the page's thread only takes the finished index over.
  expect(await markAt(page, 'note-index-worker-built')).not.toBeNull();

  await watchForBuildProgress(page);
  await openSearch(page);
  await searchBox(page).fill('seeded discharge');
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toMatch(/^[\d,]+ notes found$/);
  expect(await sawBuildProgress(page)).toBe(false);
  await artifacts.milestone('1-warm-search', page);

  // Back to the session screen within the app (no reload: the same index), a note is
  // typed, and Search finds it as soon as it opens.
  const word = `w${randomUUID().slice(0, 8)}`;
  await page.goBack();
  await expectHeading(page, session.title);
  await writeNote(page, `${word} the reablement panel meets weekly`);
  await watchForBuildProgress(page);
  await openSearch(page);
  await searchBox(page).fill(word);
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toBe('1 note found');
  expect(await sawBuildProgress(page)).toBe(false);
  expect(await page.getByRole('list', { name: 'Notes found' }).getByRole('listitem').first().innerText()).toContain(
    'the reablement panel meets weekly',
  );

  // A note typed in a second tab shows up in the open Search (Dexie's BroadcastChannel).
  const otherTab = await context.newPage();
  artifacts.watch('second tab', otherTab);
  await otherTab.goto(session.url);
  await expectHeading(otherTab, session.title);
  await context.setOffline(true); // no sync pull: the note reaches the first tab through the database alone
  await writeNote(otherTab, `${word} typed in the other tab`);
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toBe('2 notes found');
  // The other tab saves as it types, so the count can turn 2 on an early version of the
  // note ("typed in the o"); its last version must follow without anyone touching Search.
  await expect
    .poll(
      async () =>
        (await page.getByRole('list', { name: 'Notes found' }).getByRole('listitem').allInnerTexts()).join('\n'),
      { timeout: uiTimeoutMs },
    )
    .toContain('typed in the other tab');
  await context.close();
});
