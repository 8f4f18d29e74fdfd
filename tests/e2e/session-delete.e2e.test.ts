import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { screenProblems, tabletViewports } from './support/accessibilityChecks';
import { expectHeading, followEngagementLink, syncNow, syncTimeoutMs, uiTimeoutMs, writeNote } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile, joinedPeer, type JoinedPeer } from './support/journey';

/**
 * Issue 10, point 1: deleting a session never strands its notes. The manager is asked,
 * told how many notes it holds, keeps it as cancelled or moves its notes, and can undo;
 * a note written offline in a session deleted meanwhile still opens once it syncs.
 */
const journey = demoJourneyPerFile();
let joined: JoinedPeer | undefined;

/** A join link works once: one manager tablet for the file, turned between orientations. */
async function manager(): Promise<JoinedPeer> {
  const [first] = tabletViewports;
  // Joined inside the first test: its failure artifacts belong to a test.
  joined ??= await joinedPeer(journey(), 'session-delete-manager', 'challenge manager', {
    viewport: { width: first.width, height: first.height },
    hasTouch: true,
  });
  return joined;
}
afterAll(async () => {
  await joined?.context.close();
});

async function openTimetable(page: Page): Promise<void> {
  await followEngagementLink(page, 'Timetable');
  await expectHeading(page, 'Timetable');
}

/** The title of the timetable's n-th session, from its Edit link ("Edit <title>"). */
async function sessionTitleAt(page: Page, index: number): Promise<string> {
  const edit = page.getByRole('link', { name: /^Edit / }).nth(index);
  await edit.waitFor({ timeout: uiTimeoutMs });
  return ((await edit.innerText()).replace(/^Edit\s*/, '') || '').trim();
}

async function openDeleteDialog(page: Page, title: string) {
  await page.getByRole('link', { name: `Edit ${title}`, exact: true }).click();
  await expectHeading(page, 'Edit session');
  await page.getByRole('button', { name: 'Delete session' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${title}”?` });
  await dialog.waitFor({ timeout: uiTimeoutMs });
  return dialog;
}

function timetableRow(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

async function noteCountOf(page: Page, title: string): Promise<number> {
  await timetableRow(page, title).getByRole('link', { name: title, exact: true }).click();
  await expectHeading(page, title);
  const notes = page.locator('article.note');
  await notes.first().waitFor({ timeout: uiTimeoutMs });
  return notes.count();
}

test.each(tabletViewports.map((viewport, run) => ({ ...viewport, run })))(
  'at $name the manager keeps a session with notes as cancelled, then moves its notes, undoing each',
  async ({ name, width, height, run }) => {
    const { page } = await manager();
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    await openTimetable(page);
    // Day one's sessions hold the demo's notes; each orientation takes its own pair.
    const title = await sessionTitleAt(page, run * 2);
    const target = await sessionTitleAt(page, run * 2 + 1);

    // 1. Asked first, told how many notes: it stays as cancelled.
    let dialog = await openDeleteDialog(page, title);
    await expect.poll(() => dialog.innerText(), { timeout: uiTimeoutMs }).toMatch(/It holds \d+ notes?\./);
    const held = Number(/It holds (\d+) note/.exec(await dialog.innerText())?.[1]);
    expect(held).toBeGreaterThan(0);
    problems.push(...(await screenProblems(page, `delete dialog (${name})`)));
    await dialog.getByRole('button', { name: 'Keep it as cancelled' }).click();
    await expectHeading(page, 'Timetable');
    await page.getByText(`“${title}” is cancelled: it keeps its notes.`).waitFor({ timeout: uiTimeoutMs });
    await expect.poll(() => timetableRow(page, title).innerText(), { timeout: uiTimeoutMs }).toMatch(/^Cancelled:/);
    problems.push(...(await screenProblems(page, `timetable with a cancelled session (${name})`)));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => timetableRow(page, title).innerText(), { timeout: uiTimeoutMs }).not.toMatch(/Cancelled/);

    // 2. Its notes move to another session and it goes; undo brings both back.
    const targetHeld = await noteCountOf(page, target);
    await openTimetable(page);
    dialog = await openDeleteDialog(page, title);
    const moveTo = dialog.getByRole('combobox', { name: /^Move its \d+ notes? to$/ });
    const value = await moveTo.locator('option').filter({ hasText: target }).first().getAttribute('value');
    await moveTo.selectOption(value ?? '');
    await dialog.getByRole('button', { name: 'Move notes and delete session' }).click();
    await expectHeading(page, 'Timetable');
    const moved = `${held} note${held === 1 ? '' : 's'} moved to “${target}”, and “${title}” deleted.`;
    await page.getByText(moved).waitFor({ timeout: uiTimeoutMs });
    await expect.poll(() => timetableRow(page, title).count(), { timeout: uiTimeoutMs }).toBe(0);
    problems.push(...(await screenProblems(page, `timetable after a delete (${name})`)));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => timetableRow(page, title).count(), { timeout: uiTimeoutMs }).toBe(1);
    expect(await noteCountOf(page, title)).toBe(held);
    await openTimetable(page);
    expect(await noteCountOf(page, target)).toBe(targetHeld);
    expect(problems).toEqual([]);
  },
);

test('a note written offline in a session deleted meanwhile still opens, from the timetable and Search', async () => {
  const { page } = await manager();
  const [portrait] = tabletViewports;
  await page.setViewportSize({ width: portrait.width, height: portrait.height });
  const tag = randomUUID().slice(0, 8);
  const title = `Drop-in with carers ${tag}`;

  // The manager adds an empty session; the peer's tablet gets it, then loses signal.
  await openTimetable(page);
  await page.getByRole('link', { name: 'Add a session' }).click();
  await expectHeading(page, 'Add a session');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Save session' }).click();
  await expectHeading(page, 'Timetable');
  await syncNow(page);

  const peer = await joinedPeer(journey(), 'session-delete-peer', 'lead peer', {
    viewport: { width: portrait.width, height: portrait.height },
    hasTouch: true,
  });
  const artifacts = new FailureArtifacts('session-delete-sync');
  artifacts.watch('manager', page);
  try {
    await openTimetable(peer.page);
    const link = peer.page.getByRole('link', { name: title, exact: true });
    await expect
      .poll(
        async () => {
          if ((await link.count()) > 0) return 1;
          await syncNow(page).catch(() => undefined);
          await syncNow(peer.page).catch(() => undefined);
          return link.count();
        },
        { timeout: syncTimeoutMs, interval: 2_000 },
      )
      .toBeGreaterThan(0);
    await link.click();
    await expectHeading(peer.page, title);
    await peer.context.setOffline(true);
    const text = `Carers want an evening drop-in ${tag}`;
    await writeNote(peer.page, text);

    // Meanwhile the manager deletes it: it holds no notes they can see.
    const dialog = await openDeleteDialog(page, title);
    await dialog.getByText('It holds no notes.').waitFor({ timeout: uiTimeoutMs });
    await dialog.getByRole('button', { name: 'Delete session' }).click();
    await page.getByText(`“${title}” deleted.`).waitFor({ timeout: uiTimeoutMs });
    await syncNow(page);

    // Signal again: the note reaches the server, then the manager's tablet.
    await peer.context.setOffline(false);
    const kept = page.getByRole('region', { name: 'Deleted sessions that still hold notes' });
    await expect
      .poll(
        async () => {
          await syncNow(peer.page).catch(() => undefined);
          await syncNow(page).catch(() => undefined);
          return kept.getByRole('link', { name: title, exact: true }).count();
        },
        { timeout: syncTimeoutMs, interval: 3_000 },
      )
      .toBe(1);
    const problems = await screenProblems(page, 'timetable with a deleted session holding notes');
    await kept.getByRole('link', { name: title, exact: true }).click();
    await expectHeading(page, title);
    await page.getByText('This session was deleted from the timetable.').waitFor({ timeout: uiTimeoutMs });
    await page.getByText(text).waitFor({ timeout: uiTimeoutMs });
    problems.push(...(await screenProblems(page, 'a deleted session’s notes')));

    // Search finds it, and the result opens on it.
    await page
      .getByRole('navigation', { name: 'Engagement' })
      .getByRole('link', { name: 'Search', exact: true })
      .click();
    await page.getByRole('searchbox', { name: 'Search notes' }).fill(tag);
    const result = page.getByRole('link', { name: `${title} (deleted session)` });
    await result.waitFor({ timeout: uiTimeoutMs });
    await result.click();
    await expectHeading(page, title);
    await page.getByText(text).waitFor({ timeout: uiTimeoutMs });
    expect(problems).toEqual([]);
  } finally {
    await peer.context.close();
  }
});

test.each(tabletViewports)(
  'at $name removing a theme in use and revoking a device ask first, and pass axe',
  async ({ name, width, height }) => {
    const { page } = await manager();
    await page.setViewportSize({ width, height });
    await followEngagementLink(page, 'Setup');
    await expectHeading(page, 'Engagement setup');
    const themes = page.getByRole('region', { name: 'Themes' });
    await themes.getByRole('button', { name: 'Remove theme 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove theme 1?' });
    await dialog.waitFor({ timeout: uiTimeoutMs });
    await expect.poll(() => dialog.innerText()).toMatch(/is used by \d+ notes?( and \d+ findings?)?\./);
    const problems = await screenProblems(page, `remove a theme in use (${name})`);
    await dialog.getByRole('button', { name: 'Remove theme 1' }).click();
    const undo = themes.getByRole('button', { name: 'Undo removing theme 1' });
    await undo.waitFor({ timeout: uiTimeoutMs });
    problems.push(...(await screenProblems(page, `a theme removed (${name})`)));
    const before = await themes.getByRole('textbox', { name: /^Theme \d+$/ }).count();
    await undo.click();
    await expect
      .poll(() => themes.getByRole('textbox', { name: /^Theme \d+$/ }).count(), { timeout: uiTimeoutMs })
      .toBe(before + 1);

    await followEngagementLink(page, 'Team');
    await expectHeading(page, 'Team');
    const devices = page.getByRole('region', { name: 'Devices' });
    await devices.getByRole('button', { name: /\(this device\)$/ }).click();
    const revoke = page.getByRole('dialog', { name: /\(this device\)\?$/ });
    await revoke.getByText('It will stop syncing at once.', { exact: false }).waitFor({ timeout: uiTimeoutMs });
    problems.push(...(await screenProblems(page, `revoke this device (${name})`)));
    await revoke.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => revoke.count(), { timeout: uiTimeoutMs }).toBe(0);
    expect(problems).toEqual([]);
  },
);
