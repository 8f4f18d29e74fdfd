import { AxeBuilder } from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectSyncStatus, openFirstSession, syncTimeoutMs, uiTimeoutMs, writeNote } from './support/app';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();

const countText = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /found|Reading the notes/ })
    .innerText();
const resultRows = (page: Page) => page.getByRole('list', { name: 'Notes found' }).getByRole('listitem');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search notes' });

type RowCounts = { rows: number; placed: number };

/**
 * The result rows in the page, and those saying their place in the list, read together in
 * one task of the page (so no render falls between the two), once two readings 200 ms
 * apart agree: the list has stopped rendering rows as it settles after opening.
 */
async function settledRowCounts(page: Page): Promise<RowCounts> {
  const read = () =>
    page.evaluate((): RowCounts => {
      const list = document.querySelector('ul[aria-label="Notes found"]');
      return {
        rows: list?.querySelectorAll(':scope > li').length ?? 0,
        placed: document.querySelectorAll('li[aria-posinset]').length,
      };
    });
  let last = '';
  let settled: RowCounts | undefined;
  await expect
    .poll(
      async () => {
        const now = await read();
        const same = JSON.stringify(now) === last;
        last = JSON.stringify(now);
        if (same) settled = now;
        return same;
      },
      { timeout: uiTimeoutMs, interval: 200 },
    )
    .toBe(true);
  if (!settled) throw new Error('the result rows never settled');
  return settled;
}

test('a peer finds notes offline by a word and by a filter; 5,000 notes keep fewer than 100 rows in the page', async () => {
  const { server } = journey();
  const { context, page, artifacts, engagementId } = await joinedPeer(journey(), 'search', 'lead peer');
  const session = await openFirstSession(page);
  const tag = `t${randomUUID().slice(0, 6)}`;
  const texts = [
    `${tag} carers said the reablement panel is slow`,
    `${tag} the front door triage works well`,
    `${tag} minutes show long waits for reablement`,
  ];
  for (const text of texts) await writeNote(page, text);
  // The second note is a strength: the stance filter must find it alone.
  // Only the note being edited shows its choices: a tap in the second note's text opens it.
  await page.getByRole('textbox', { name: 'Note text' }).nth(1).click();
  await page.getByRole('combobox', { name: 'Stance' }).selectOption('strength');
  await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);

  // No signal and no server: search works from the device alone.
  await context.setOffline(true);
  await server.stop();
  await expectSyncStatus(page, /^Offline/);
  await page.getByRole('navigation', { name: 'Engagement' }).getByRole('link', { name: 'Search' }).click();
  await page.waitForURL(/\/search$/, { timeout: uiTimeoutMs });

  await searchBox(page).fill(`${tag} reablement`);
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toBe('2 notes found');
  const found = await resultRows(page).allInnerTexts();
  expect(found.join('\n')).toContain('carers said the reablement panel is slow');
  expect(found.join('\n')).toContain('minutes show long waits for reablement');
  expect(await resultRows(page).first().locator('mark').allInnerTexts()).toEqual(
    expect.arrayContaining([tag, 'reablement']),
  );
  // The result opens its session at the note itself.
  expect(await resultRows(page).first().getByRole('link', { name: session.title }).getAttribute('href')).toMatch(
    new RegExp(`^${new URL(session.url).pathname}\\?note=[0-9a-f-]{36}$`),
  );

  await searchBox(page).fill(tag);
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toBe('3 notes found');
  await page.getByRole('combobox', { name: 'Stance' }).selectOption('strength');
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toBe('1 note found');
  expect(await resultRows(page).first().innerText()).toContain('the front door triage works well');
  await artifacts.milestone('1-found-offline', page);

  // The screen with results meets WCAG 2.1 AA as far as axe-core can tell.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(
    axe.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);

  // Back online; 5,000 more notes arrive on the device (written straight into IndexedDB).
  await server.restart();
  await context.setOffline(false);
  await seedNotes(page, engagementId, 5000);
  await page.goto(`${server.url}/engagements/${engagementId}/search`);
  // 5,000 seeded, 3 written here and the demo evening's notes: a count in the five thousands.
  await expect.poll(() => countText(page), { timeout: 60_000 }).toMatch(/^5,\d{3} notes found$/);
  const { rows, placed } = await settledRowCounts(page);
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(100);
  expect(placed).toBe(rows);

  // Scrolling far down still keeps the page small, and shows rows from there.
  await page.locator('.search-results').evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  await expect
    .poll(async () => Number(await resultRows(page).first().getAttribute('aria-posinset')), { timeout: uiTimeoutMs })
    .toBeGreaterThan(1000);
  expect(await resultRows(page).count()).toBeLessThan(100);

  await searchBox(page).fill('seeded discharge');
  await expect.poll(() => countText(page), { timeout: uiTimeoutMs }).toMatch(/^\d[\d,]* notes found$/);
  expect(await resultRows(page).count()).toBeLessThan(100);
  await artifacts.milestone('2-five-thousand', page);
  await context.close();
});
