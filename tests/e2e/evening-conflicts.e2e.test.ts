import { expect, test } from 'vitest';
import { formatSessionTime } from '../../src/client/ui/formatTime';
import { expectHeading, expectSyncStatus, uiTimeoutMs } from './support/app';
import { engagementPath, expectAllSaved, headlines, openBoard, syncUntil } from './support/evening';
import { demoJourneyPerFile, joinedPeer } from './support/journey';

const journey = demoJourneyPerFile();

/** The lead peer's own proposed finding in the demo evening. */
const theme = 'Working together';
const original = 'Voluntary sector partners are trusted and involved';
const peerHeadline = 'Voluntary partners are trusted, though grants last only a year';
const managerHeadline = 'Voluntary sector partners are trusted and take referrals the same day';
const mergedHeadline = 'Voluntary partners are trusted and quick to help, though grants last only a year';

test('a headline edited on two devices at once, one offline, is listed on the Conflicts screen with who and when, settled by the manager, and the settled value reaches the peer', async () => {
  const startedAt = Date.now();
  const manager = await joinedPeer(journey(), 'evening-conflicts-manager', 'challenge manager', {
    viewport: { width: 1280, height: 900 },
  });
  const peer = await joinedPeer(journey(), 'evening-conflicts-lead-peer', 'lead peer', {
    viewport: { width: 1280, height: 900 },
  });
  const { page } = manager;

  // Both open the board on the theme; the peer may edit its own proposed finding.
  await openBoard(peer.page, theme);
  const peerEdit = peer.page.getByRole('button', { name: `Edit finding: ${original}`, exact: true });
  await peerEdit.waitFor({ timeout: uiTimeoutMs });
  await openBoard(page, theme);
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toContain(original);

  // The peer loses the signal and rewrites the headline.
  await peer.context.setOffline(true);
  await expectSyncStatus(peer.page, /^Offline/);
  await peerEdit.click();
  await peer.page.getByRole('textbox', { name: 'Headline', exact: true }).fill(peerHeadline);
  await peer.page.getByRole('button', { name: 'Save finding' }).click();
  await expect.poll(() => headlines(peer.page, 'Strengths'), { timeout: uiTimeoutMs }).toContain(peerHeadline);
  await expectSyncStatus(peer.page, /^Offline · 1 change waiting · last reached the server (at|on) /);

  // Meanwhile the manager rewrites the same headline, online: the server takes it first.
  await page.getByRole('button', { name: `Edit finding: ${original}`, exact: true }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill(managerHeadline);
  await page.getByRole('button', { name: 'Save finding' }).click();
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toContain(managerHeadline);
  await expectAllSaved(page);

  // The peer's signal returns: its edit reaches the server, which keeps it as a conflict.
  await peer.context.setOffline(false);
  await expectAllSaved(peer.page);
  const syncedAt = Date.now();

  // The manager's Conflicts screen lists both values, who wrote each, and when.
  await page.goto(new URL(`${engagementPath(page)}/evening/conflicts`, page.url()).href);
  await expectHeading(page, 'Conflicts');
  const record = page.getByRole('region', { name: `Finding: ${managerHeadline}`, exact: true });
  await syncUntil(page, async () => (await record.count()) === 1);
  // Only the headline was changed on both: the other fields the editor saved are the same.
  expect(await record.getByRole('group').allInnerTexts()).toHaveLength(1);
  const headline = record.getByRole('group', { name: 'Headline', exact: true });
  // The kept value says who wrote it and when, as the server recorded it.
  const kept = headline.getByText('Kept:').locator('..');
  const keptAt = (await kept.locator('time').getAttribute('datetime')) ?? '';
  expect(await kept.innerText()).toBe(`Kept: ${managerHeadline} — Helen Ashworth, ${formatSessionTime(keptAt)}`);
  expect(Date.parse(keptAt)).toBeGreaterThanOrEqual(startedAt - 1_000);
  const setAside = headline
    .getByRole('list', { name: 'Set-aside values of headline', exact: true })
    .getByRole('listitem');
  expect(await setAside.count()).toBe(1);
  const at = (await setAside.locator('time').getAttribute('datetime')) ?? '';
  expect(Date.parse(at)).toBeGreaterThanOrEqual(startedAt - 1_000);
  expect(Date.parse(at)).toBeLessThanOrEqual(syncedAt + 1_000);
  expect(await setAside.locator('p').innerText()).toBe(
    `Set aside: ${peerHeadline} — David Okafor, ${formatSessionTime(at)}`,
  );
  await manager.artifacts.milestone('1-conflict-listed', page);

  // The manager writes a merged headline from both.
  await headline.getByRole('textbox', { name: 'Merged headline', exact: true }).fill(mergedHeadline);
  await headline.getByRole('button', { name: 'Save the merged headline' }).click();
  await page.getByText('No conflicts: every edit merged cleanly.').waitFor({ timeout: uiTimeoutMs });
  await expectAllSaved(page);

  // After sync the peer's board shows the settled headline, and its list has no conflict.
  await syncUntil(peer.page, async () => (await headlines(peer.page, 'Strengths')).includes(mergedHeadline));
  expect(await headlines(peer.page, 'Strengths')).not.toContain(peerHeadline);
  await peer.page.goto(new URL(`${engagementPath(peer.page)}/evening/conflicts`, peer.page.url()).href);
  await peer.page.getByText('No conflicts: every edit merged cleanly.').waitFor({ timeout: uiTimeoutMs });

  // And the manager's list stays empty after pulling again.
  await page.reload();
  await expectHeading(page, 'Conflicts');
  await expectAllSaved(page);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expectAllSaved(page);
  await page.getByText('No conflicts: every edit merged cleanly.').waitFor({ timeout: uiTimeoutMs });
  expect(await record.count()).toBe(0);

  for (const person of [manager, peer]) await person.context.close();
}, 240_000);
