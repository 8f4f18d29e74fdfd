import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  expectHeading,
  expectSyncStatus,
  goOffline,
  noteValues,
  openFirstSession,
  sessionNotesRead,
  syncTimeoutMs,
  uiTimeoutMs,
} from './support/app';
import { demoJourneyPerFile, joinedPeer } from './support/journey';

const journey = demoJourneyPerFile();

/** What this origin stores now, as the browser counts it for its quota. */
function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

const fullBanner = (page: Page) => page.getByRole('alert').filter({ hasText: 'This device is full' });

test('a full device: the save fails, the banner shows, the text stays and a backup still downloads; with room again it saves', async () => {
  const { server } = journey();
  const { context, page, artifacts } = await joinedPeer(journey(), 'quota', 'lead peer', { acceptDownloads: true });
  const session = await openFirstSession(page);
  await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);
  // Offline, so nothing leaves the outbox while the disk is full; the app already installed,
  // so its cache is not still filling while the quota is set just above what is used.
  await goOffline(page);

  // The quota is set just above what the origin uses now.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(server.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (await usage(page)) + 16 * 1024 });

  // Notes of 40,000 random characters each (text that does not compress), until a write
  // fails. Chromium counts usage late, so the failure may come at "New note" (the note is
  // then not written, seconds after its box took the text on a busy machine) or while
  // typing: either way the box stays with everything typed in it.
  const boxes = page.getByRole('textbox', { name: 'Note text' });
  const tag = randomUUID().slice(0, 8);
  let lastText = '';
  await sessionNotesRead(page);
  for (let index = 0; index < 30 && (await fullBanner(page).count()) === 0; index += 1) {
    const before = await boxes.count();
    await page.getByRole('button', { name: 'New note' }).click();
    await expect.poll(() => boxes.count(), { timeout: uiTimeoutMs }).toBe(before + 1);
    const box = boxes.nth(before);
    lastText = `Note ${index} ${tag} ${randomBytes(30_000).toString('base64')}`.slice(0, 40_000);
    await box.fill(lastText);
    await box.press('End');
    await box.pressSequentially(` more ${index}`, { delay: 5 });
    lastText += ` more ${index}`;
    // Each keystroke is a write: give the last one a moment to fail.
    await expect
      .poll(() => fullBanner(page).count(), { timeout: 1_000 })
      .toBe(1)
      .catch(() => undefined);
  }
  await expect.poll(() => fullBanner(page).count(), { timeout: uiTimeoutMs }).toBe(1);
  await artifacts.milestone('1-device-full', page);

  // The text is still on screen, and a backup downloads from the banner.
  expect(await noteValues(page)).toContain(lastText);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fullBanner(page).getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^triangulate-backup-.+\.zip$/);
  expect((await download.createReadStream()).readable).toBe(true);

  // Room again: the next keystroke saves everything, and the banner goes.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  const last = page.getByRole('textbox', { name: 'Note text' }).last();
  await last.press('End');
  await last.pressSequentially('!', { delay: 5 });
  lastText += '!';
  await expect.poll(() => fullBanner(page).count(), { timeout: uiTimeoutMs }).toBe(0);
  const written = await noteValues(page);
  // Without the draft journal's copy, so what comes back after the reload is IndexedDB's.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('triangulate:draft:')) localStorage.removeItem(key);
  });
  await page.reload();
  await expectHeading(page, session.title);
  await expect.poll(() => noteValues(page), { timeout: uiTimeoutMs }).toEqual(written);
  expect(written).toContain(lastText);
  await context.close();
});
