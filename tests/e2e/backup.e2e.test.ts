import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  expectHeading,
  expectSyncStatus,
  goOffline,
  joinEngagement,
  newNote,
  noteValues,
  openFirstSession,
  syncNow,
  syncTimeoutMs,
  uiTimeoutMs,
} from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { inviteAgain, joinedAs, managerToken, serverNotes } from './support/backupApi';
import { demoJourneyPerFile } from './support/journey';

const journey = demoJourneyPerFile();

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Engagement' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  await expectHeading(page, 'Settings');
}

/** Chooses a file for "Import backup" and returns what the screen then says (a new answer). */
async function importFile(page: Page, name: string, buffer: Buffer): Promise<string> {
  const answer = page.locator('.backup-import').locator('[role="status"], [role="alert"]');
  const text = async () => ((await answer.count()) > 0 ? (await answer.first().innerText()).trim() : '');
  const before = await text();
  await page.getByLabel('Import backup').setInputFiles({ name, mimeType: 'application/zip', buffer });
  await expect
    .poll(
      async () => {
        const now = await text();
        return now !== '' && now !== before && !now.startsWith('Importing');
      },
      { timeout: uiTimeoutMs },
    )
    .toBe(true);
  return text();
}

/** The same backup rewritten to claim another engagement. */
function foreignCopy(backup: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(backup));
  const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
  files['manifest.json'] = strToU8(
    JSON.stringify({ ...manifest, engagementId: randomUUID(), council: 'Elsewhere Borough Council' }),
  );
  return Buffer.from(zipSync(files));
}

test('a peer downloads a backup offline; another device of the same peer imports it, syncs it once, and refuses bad files', async () => {
  const { server, browser } = journey();
  const srv = server;
  const artifacts = new FailureArtifacts('backup');
  artifacts.addLog('server', () => srv.log.text());

  // 1. The peer joins, opens a session, and loses signal.
  const contextA = await browser.newContext({ acceptDownloads: true });
  const peerA = await contextA.newPage();
  artifacts.watch('peer-a', peerA);
  await joinEngagement(peerA, server, 'lead peer');
  const session = await openFirstSession(peerA);
  await expectSyncStatus(peerA, 'All saved on the server', syncTimeoutMs);
  await goOffline(peerA);
  await expectSyncStatus(peerA, /^Offline/);

  // 2. Two notes typed offline, one tagged with a theme.
  const tag = randomUUID().slice(0, 8);
  const texts = [`Backup note one ${tag}: carers wait weeks`, `Backup note two ${tag}: the panel meets monthly`];
  for (const text of texts) {
    const box = await newNote(peerA);
    await box.pressSequentially(text, { delay: 2 });
    await expect.poll(() => box.inputValue(), { timeout: uiTimeoutMs }).toBe(text);
  }
  const firstNote = peerA.getByRole('article', { name: 'Note text' }).first();
  const tagsButton = firstNote.getByRole('button', { name: 'Tags', exact: true });
  if ((await tagsButton.getAttribute('aria-expanded')) === 'false') await tagsButton.click();
  const chip = firstNote.getByRole('group', { name: 'Themes' }).getByRole('button').first();
  const themeName = (await chip.innerText()).replace(/^\d\s*/, '').trim();
  await chip.click();
  await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: uiTimeoutMs }).toBe('true');

  // 3. Still offline, the backup downloads.
  await openSettings(peerA);
  const [download] = await Promise.all([
    peerA.waitForEvent('download'),
    peerA.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^triangulate-backup-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
  const backup = await readFile(await download.path());
  await artifacts.milestone('1-backup-downloaded', peerA);

  // 4. A second device for the same peer: a new link from the manager (Team API).
  const { engagementId, memberId } = await joinedAs(peerA);
  const token = await managerToken(server);
  const secondLink = await inviteAgain(server, token, engagementId, memberId);
  const contextB = await browser.newContext();
  const peerB = await contextB.newPage();
  artifacts.watch('peer-b', peerB);
  await peerB.goto(secondLink);
  await peerB.waitForURL(/\/engagements\/[^/?#]+$/, { timeout: uiTimeoutMs });
  await expectSyncStatus(peerB, 'All saved on the server', syncTimeoutMs);

  // 5. Bad files first: each gets its message and changes nothing.
  await openSettings(peerB);
  const corrupted = Buffer.from(backup);
  corrupted.fill(0x20, 0, Math.min(corrupted.length, 400));
  expect(await importFile(peerB, 'broken.zip', corrupted)).toMatch(
    /^Nothing was imported\. This file is not a Triangulate backup/,
  );
  expect(await importFile(peerB, 'other.zip', foreignCopy(backup))).toMatch(
    /^Nothing was imported\. This backup is of another engagement \(Elsewhere Borough Council\)/,
  );
  await expectSyncStatus(peerB, 'All saved on the server');

  // 6. The real backup: the notes arrive, with their tag, and sync from this device.
  expect(await importFile(peerB, download.suggestedFilename(), backup)).toMatch(
    /^Backup imported: \d+ records updated, 2 edits to sync/,
  );
  await peerB.goto(session.url);
  await expectHeading(peerB, session.title);
  await expect.poll(() => noteValues(peerB), { timeout: uiTimeoutMs }).toEqual(expect.arrayContaining(texts));
  // The tags' names are read a moment after the notes (after the start): polled, not read once.
  await expect.poll(() => peerB.getByText(themeName).count(), { timeout: uiTimeoutMs }).toBeGreaterThan(0);
  await syncNow(peerB);
  await expectSyncStatus(peerB, 'All saved on the server', syncTimeoutMs);
  await artifacts.milestone('2-imported-and-synced', peerB);

  // 7. Importing again changes nothing: no new edits wait.
  await openSettings(peerB);
  expect(await importFile(peerB, download.suggestedFilename(), backup)).toBe(
    'Backup imported: this device already had everything in it.',
  );
  await expectSyncStatus(peerB, 'All saved on the server');

  // 8. The first device comes back online and syncs the same notes: the server has each once.
  await contextA.setOffline(false);
  await syncNow(peerA);
  await expectSyncStatus(peerA, 'All saved on the server', syncTimeoutMs);
  const onServer = (await serverNotes(server, token, engagementId)).filter((note) => note.text.includes(tag));
  expect(onServer.map((note) => note.text).sort()).toEqual([...texts].sort());
  // The first device may have frozen an outbox entry mid-typing (a push attempted while
  // offline): that stale part of its own text can be kept as a conflict, never anything else.
  for (const note of onServer) {
    for (const conflict of note.conflicts as { field: string; value: unknown }[]) {
      expect(conflict.field).toBe('text');
      expect(note.text.startsWith(String(conflict.value))).toBe(true);
    }
  }
  expect(onServer.find((note) => note.text === texts[0])?.themeIds).toHaveLength(1);

  await contextA.close();
  await contextB.close();
});
