import { expect, test } from 'vitest';
import { uiTimeoutMs } from './support/app';
import {
  expectAllSaved,
  headlines,
  joinWithLink,
  newJoinLink,
  notesIn,
  openBoard,
  openSession,
  statusLine,
  syncUntil,
  writeTaggedNote,
} from './support/evening';
import { demoJourneyPerFile, joinedPeer } from './support/journey';

const journey = demoJourneyPerFile();

const theme = 'Working together';
const session = 'Focus group: voluntary and community sector partners';
const peerNote = 'Partners said referrals are answered the same day';
const peerFinding = 'Voluntary groups are trusted partners';
const managerNote = 'Partners sit on the prevention board';
const managerFinding = 'The voluntary sector is a trusted partner';

test('two duplicate findings, one a peer’s from its own device, are merged on the manager’s tablet and the merge is undone on the manager’s second device', async () => {
  const { server, browser } = journey();
  const manager = await joinedPeer(journey(), 'evening-merge-manager', 'challenge manager', {
    viewport: { width: 1280, height: 900 },
  });
  const peer = await joinedPeer(journey(), 'evening-merge-lead-peer', 'lead peer', {
    viewport: { width: 1280, height: 900 },
  });
  const { page } = manager;

  // The lead peer proposes a finding from its own note, on its own device.
  await openSession(peer.page, session);
  await writeTaggedNote(peer.page, peerNote, theme);
  await openBoard(peer.page, theme);
  await peer.page.getByRole('checkbox', { name: `Select note: ${peerNote}`, exact: true }).check();
  await peer.page.getByRole('textbox', { name: 'New finding headline' }).fill(peerFinding);
  await peer.page.getByRole('button', { name: 'Make a finding from 1 selected note' }).click();
  await expect.poll(() => headlines(peer.page, 'Strengths'), { timeout: uiTimeoutMs }).toContain(peerFinding);
  await expectAllSaved(peer.page);

  // The manager writes in the same session and, at the evening merge, proposes the same point.
  await openSession(page, session);
  await writeTaggedNote(page, managerNote, theme);
  await openBoard(page, theme);
  await syncUntil(page, async () => (await headlines(page, 'Strengths')).includes(peerFinding));
  expect(await statusLine(page, peerFinding)).toBe('proposed · David Okafor');
  await page.getByRole('checkbox', { name: `Select note: ${managerNote}`, exact: true }).check();
  await page.getByRole('textbox', { name: 'New finding headline' }).fill(managerFinding);
  await page.getByRole('button', { name: 'Make a finding from 1 selected note' }).click();
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toContain(managerFinding);

  // Merged: the manager's finding, selected first, keeps both notes.
  await page.getByRole('checkbox', { name: `Select finding: ${managerFinding}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Select finding: ${peerFinding}`, exact: true }).check();
  await page.getByRole('button', { name: 'Merge 2 findings' }).click();
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).not.toContain(peerFinding);
  expect(await notesIn(page, managerFinding)).toEqual([`Note: ${managerNote}`, `Note: ${peerNote}`]);
  expect(await statusLine(page, managerFinding)).toBe('proposed · Helen Ashworth · merged from 1');
  await expectAllSaved(page);
  await manager.artifacts.milestone('1-merged', page);

  // The manager's second device, joined with a fresh link from the Team screen.
  const link = await newJoinLink(page, 'Helen Ashworth');
  const secondContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const second = await secondContext.newPage();
  manager.artifacts.watch('second-device', second);
  await joinWithLink(second, server, link);
  await openBoard(second, theme);
  const unmerge = second.getByRole('button', { name: `Unmerge… ${managerFinding}`, exact: true });
  await syncUntil(second, async () => (await unmerge.count()) === 1);
  expect(await notesIn(second, managerFinding)).toEqual([`Note: ${managerNote}`, `Note: ${peerNote}`]);

  // Undone there: the peer's finding comes back out with its own note.
  await unmerge.click();
  const dialog = second.getByRole('dialog', { name: `Unmerge from “${managerFinding}”` });
  await dialog.getByRole('button', { name: `Take back out: ${peerFinding}`, exact: true }).click();
  await expect.poll(() => headlines(second, 'Strengths'), { timeout: uiTimeoutMs }).toContain(peerFinding);
  await expectAllSaved(second);
  await manager.artifacts.milestone('2-undone-on-second-device', second);

  // After sync, the first tablet shows both findings again, each with its own note.
  await openBoard(page, theme);
  await syncUntil(page, async () => (await headlines(page, 'Strengths')).includes(peerFinding));
  expect(await notesIn(page, peerFinding)).toEqual([`Note: ${peerNote}`]);
  expect(await notesIn(page, managerFinding)).toEqual([`Note: ${managerNote}`]);
  expect(await statusLine(page, managerFinding)).toBe('proposed · Helen Ashworth');
  expect(await statusLine(page, peerFinding)).toBe('proposed · David Okafor');

  // And so does the peer's device.
  await syncUntil(peer.page, async () => (await notesIn(peer.page, peerFinding)).length === 1);
  expect(await notesIn(peer.page, peerFinding)).toEqual([`Note: ${peerNote}`]);

  await secondContext.close();
  for (const person of [manager, peer]) await person.context.close();
}, 240_000);
