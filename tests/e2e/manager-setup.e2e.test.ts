import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  expectHeading,
  expectSyncStatus,
  joinEngagement,
  syncNow,
  syncTimeoutMs,
  uiTimeoutMs,
  waitForServiceWorkerControl,
} from './support/app';
import { tabletViewports } from './support/accessibilityChecks';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const journey = demoJourneyPerFile();

/** The join link's QR code, in CSS px: scanned from across a table by another tablet's camera. */
const minQrPx = 240;

/** Follows a link of the header's engagement navigation and waits for the page's h1. */
async function openFromNav(page: Page, name: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Engagement' }).getByRole('link', { name, exact: true }).click();
  await expectHeading(page, heading);
}

test('a manager sets up the engagement, adds a session and invites; a new peer sees the session', async () => {
  const { server, browser } = journey();
  const artifacts = new FailureArtifacts('manager-setup');
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  artifacts.watch('manager', manager);
  const tag = randomUUID().slice(0, 8);

  // 1. The manager joins with the printed demo link and opens the setup screen.
  await joinEngagement(manager, server, 'challenge manager');
  await openFromNav(manager, 'Setup', 'Engagement setup');

  // 2. Engagement details: a new council name and one more day on site.
  const council = `Borsetshire County Council ${tag}`;
  await manager.getByRole('textbox', { name: 'Council' }).fill(council);
  const lastDay = manager.getByLabel('Last day on site');
  const onSiteTo = await lastDay.inputValue();
  const later = new Date(`${onSiteTo}T12:00:00Z`);
  later.setUTCDate(later.getUTCDate() + 1);
  await lastDay.fill(later.toISOString().slice(0, 10));
  await manager.getByRole('button', { name: 'Save details' }).click();
  await expect
    .poll(() => manager.getByRole('status').filter({ hasText: 'Details saved' }).count(), { timeout: uiTimeoutMs })
    .toBe(1);
  await expect.poll(() => manager.locator('.app-header__title').innerText(), { timeout: uiTimeoutMs }).toBe(council);

  // 3. A third scope question.
  const scope = manager.getByRole('region', { name: 'Scope questions' });
  const question = `Is the front door working for carers? ${tag}`;
  await scope.getByRole('textbox', { name: 'New scope question' }).fill(question);
  await scope.getByRole('button', { name: 'Add scope question' }).click();
  await expect
    .poll(() => scope.getByRole('textbox', { name: 'Scope question 3' }).inputValue(), { timeout: uiTimeoutMs })
    .toBe(question);

  // 4. Rename the first theme, then move it below the second.
  const themes = manager.getByRole('region', { name: 'Themes' });
  const renamed = `Vision and leadership ${tag}`;
  await themes.getByRole('textbox', { name: 'Theme 1' }).fill(renamed);
  await themes.getByRole('button', { name: 'Save theme 1' }).click();
  await expect
    .poll(() => themes.getByRole('textbox', { name: 'Theme 1' }).inputValue(), { timeout: uiTimeoutMs })
    .toBe(renamed);
  await themes.getByRole('button', { name: 'Move theme 1 down' }).click();
  await expect
    .poll(() => themes.getByRole('textbox', { name: 'Theme 2' }).inputValue(), { timeout: uiTimeoutMs })
    .toBe(renamed);
  await expect
    .poll(() => themes.getByRole('textbox', { name: 'Theme 1' }).inputValue(), { timeout: uiTimeoutMs })
    .toBe('Working together');
  await artifacts.milestone('1-setup', manager);

  // 5. A new session with two peers assigned.
  await openFromNav(manager, 'Timetable', 'Timetable');
  await manager.getByRole('link', { name: 'Add a session' }).click();
  await expectHeading(manager, 'Add a session');
  const sessionTitle = `Focus group: young carers ${tag}`;
  await manager.getByRole('textbox', { name: 'Title' }).fill(sessionTitle);
  await manager.getByLabel('Starts').fill('16:00');
  await manager.getByLabel('Ends').fill('17:00');
  await manager.getByRole('combobox', { name: 'Kind' }).selectOption('focus group');
  await manager.getByRole('checkbox', { name: 'carers' }).check();
  await manager.getByRole('textbox', { name: 'Location' }).fill('Borchester Carers Centre');
  const noteTakers = manager.getByRole('group', { name: 'Peers taking notes' });
  await noteTakers.getByRole('checkbox', { name: /David Okafor/ }).check();
  await noteTakers.getByRole('checkbox', { name: /Sian Morgan/ }).check();
  await manager.getByRole('spinbutton', { name: 'Attendee count' }).fill('8');
  await manager.getByRole('button', { name: 'Save session' }).click();
  await expectHeading(manager, 'Timetable');
  const sessionLink = manager.getByRole('link', { name: sessionTitle, exact: true });
  await sessionLink.waitFor({ timeout: uiTimeoutMs });
  await expect
    .poll(() => manager.getByText(/notes: David Okafor, Sian Morgan/).count(), { timeout: uiTimeoutMs })
    .toBeGreaterThan(0);
  await artifacts.milestone('2-session', manager);

  // 6. A new member, a join link shown as text (not a link to tap here) and a QR code; revoke it, make another.
  await openFromNav(manager, 'Team', 'Team');
  await manager.getByRole('textbox', { name: 'Name' }).fill('Amira Patel');
  await manager.getByRole('combobox', { name: 'Position' }).selectOption('lived-experience peer');
  await manager.getByRole('button', { name: 'Add', exact: true }).click();
  const row = manager.getByRole('row', { name: /Amira Patel/ });
  await row.waitFor({ timeout: uiTimeoutMs });
  await row.getByRole('button', { name: /Create join link/ }).click();
  const qr = manager.getByRole('img', { name: 'QR code of the join link for Amira Patel' });
  await qr.waitFor({ timeout: syncTimeoutMs });
  const firstUrl = await manager.locator('.join-link__url').innerText();
  expect(firstUrl).toMatch(/^http:\/\/localhost:\d+\/join\/[\w-]{8,}$/);
  await expect
    .poll(() => qr.evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0), {
      timeout: uiTimeoutMs,
    })
    .toBe(true);
  // Large enough to scan from across a table, square, and whole on either tablet orientation.
  const drawn: string[] = [];
  for (const viewport of tabletViewports) {
    await manager.setViewportSize({ width: viewport.width, height: viewport.height });
    const box = await qr.evaluate((img) => {
      const { width, height, left, right } = img.getBoundingClientRect();
      return { width, height, left, right };
    });
    drawn.push(`${viewport.name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(box.width, drawn.join('; ')).toBeGreaterThanOrEqual(minQrPx);
    expect(Math.abs(box.width - box.height), drawn.join('; ')).toBeLessThanOrEqual(1);
    expect(box.left >= 0 && box.right <= viewport.width, drawn.join('; ')).toBe(true);
  }
  await expect
    .poll(() => manager.getByText(/^Join link for Amira Patel \(works once, until .+\):$/).count(), {
      timeout: uiTimeoutMs,
    })
    .toBe(1);
  await row.getByRole('button', { name: /Revoke join link for Amira Patel/ }).click();
  await expect.poll(() => row.getByText(/^revoked/).count(), { timeout: uiTimeoutMs }).toBe(1);
  await row.getByRole('button', { name: /Create join link/ }).click();
  await expect
    .poll(async () => manager.locator('.join-link__url').innerText(), { timeout: syncTimeoutMs })
    .not.toBe(firstUrl);
  const freshUrl = await manager.locator('.join-link__url').innerText();
  await artifacts.milestone('3-invited', manager);

  // 7. The revoked link no longer works; the fresh one does, and the new peer sees the session.
  const peerContext = await browser.newContext();
  const peer = await peerContext.newPage();
  artifacts.watch('new-peer', peer);
  await peer.goto(firstUrl);
  await expect.poll(() => peer.getByRole('alert').count(), { timeout: uiTimeoutMs }).toBeGreaterThan(0);
  await peer.goto(freshUrl);
  await peer.waitForURL(/\/engagements\/[^/?#]+$/, { timeout: uiTimeoutMs });
  await expectSyncStatus(peer, 'All saved on the server', syncTimeoutMs);
  await openFromNav(peer, 'Timetable', 'Timetable');
  await expect
    .poll(
      async () => {
        await syncNow(peer);
        return peer.getByRole('link', { name: sessionTitle, exact: true }).count();
      },
      { timeout: syncTimeoutMs, interval: 1_000 },
    )
    .toBe(1);
  // Teammates' names are read a moment after the timetable (after the start): polled.
  await expect
    .poll(() => peer.getByText(/notes: David Okafor, Sian Morgan/).count(), { timeout: uiTimeoutMs })
    .toBeGreaterThan(0);
  // Peers read the timetable: no adding or editing, and no setup or team screens.
  expect(await peer.getByRole('link', { name: 'Add a session' }).count()).toBe(0);
  expect(await peer.getByRole('navigation', { name: 'Engagement' }).getByRole('link', { name: 'Setup' }).count()).toBe(
    0,
  );
  await artifacts.milestone('4-peer-sees-session', peer);

  // 8. With no signal, the today view still opens from IndexedDB on this tablet.
  await waitForServiceWorkerControl(peer);
  const todayUrl = peer.url().replace(/\/timetable$/, '/today');
  await peerContext.setOffline(true);
  await peer.goto(todayUrl);
  await expectHeading(peer, 'Today');
  await expect
    .poll(() => peer.getByRole('link', { name: sessionTitle, exact: true }).count(), { timeout: uiTimeoutMs })
    .toBe(1);
  await artifacts.milestone('5-today-offline', peer);

  await peerContext.close();
  await managerContext.close();
});
