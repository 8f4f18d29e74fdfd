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
/** Tablets joined so far, by role: a join link works once, so one tablet per role for the file. */
const tablets = new Map<string, JoinedPeer>();

/** The tablet of `role`, joined on first use and turned between orientations by each test. */
async function tablet(role: 'challenge manager' | 'lead peer', name: string): Promise<JoinedPeer> {
  const [first] = tabletViewports;
  // Joined inside the first test that needs it: its failure artifacts belong to a test.
  const joined =
    tablets.get(role) ??
    (await joinedPeer(journey(), name, role, {
      viewport: { width: first.width, height: first.height },
      hasTouch: true,
    }));
  tablets.set(role, joined);
  return joined;
}
const manager = () => tablet('challenge manager', 'session-delete-manager');
const leadPeer = () => tablet('lead peer', 'session-delete-peer');
afterAll(async () => {
  for (const joined of [...tablets.values()].reverse()) await joined.context.close();
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

test.each(tabletViewports.map((viewport, run) => ({ ...viewport, run })))(
  'at $name a session of today kept as cancelled shows on Today, marked, and passes axe',
  async ({ name, width, height, run }) => {
    const { page } = await manager();
    await page.setViewportSize({ width, height });
    await followEngagementLink(page, 'Today');
    await expectHeading(page, 'Today');
    // Today's sessions are still empty in the demo: each orientation writes in one of its own.
    const today = page.getByRole('list', { name: 'Today’s sessions' });
    const link = today.getByRole('link').nth(run);
    await link.waitFor({ timeout: uiTimeoutMs });
    const title = (await link.innerText()).trim();
    await link.click();
    await expectHeading(page, title);
    await writeNote(page, `Written in ${title} before it was called off`);

    await openTimetable(page);
    const dialog = await openDeleteDialog(page, title);
    await expect.poll(() => dialog.innerText(), { timeout: uiTimeoutMs }).toMatch(/It holds 1 note\./);
    await dialog.getByRole('button', { name: 'Keep it as cancelled' }).click();
    await page.getByText(`“${title}” is cancelled: it keeps its notes.`).waitFor({ timeout: uiTimeoutMs });

    await followEngagementLink(page, 'Today');
    await expectHeading(page, 'Today');
    const row = today.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect.poll(() => row.innerText(), { timeout: uiTimeoutMs }).toMatch(/^Cancelled:/);
    expect(await screenProblems(page, `Today with a cancelled session (${name})`)).toEqual([]);
  },
);

test.each(tabletViewports)(
  'at $name a note written offline in a session deleted meanwhile still opens, from the timetable and Search',
  async ({ name, width, height }) => {
    const { page } = await manager();
    const artifacts = new FailureArtifacts(`session-delete-sync-${width}`);
    artifacts.watch('manager', page);
    await page.setViewportSize({ width, height });
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

    const peer = await leadPeer();
    await peer.page.setViewportSize({ width, height });
    artifacts.watch('peer', peer.page);
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
      const problems = await screenProblems(page, `timetable with a deleted session holding notes (${name})`);
      await kept.getByRole('link', { name: title, exact: true }).click();
      await expectHeading(page, title);
      await page.getByText('This session was deleted from the timetable.').waitFor({ timeout: uiTimeoutMs });
      await page.getByText(text).waitFor({ timeout: uiTimeoutMs });
      problems.push(...(await screenProblems(page, `a deleted session’s notes (${name})`)));

      // Search finds it, and the result opens on it.
      await page
        .getByRole('navigation', { name: 'Engagement' })
        .getByRole('link', { name: 'Search', exact: true })
        .click();
      await page.getByRole('searchbox', { name: 'Search notes' }).fill(tag);
      const result = page.getByRole('link', { name: `${title} (deleted session)` });
      await result.waitFor({ timeout: uiTimeoutMs });
      problems.push(...(await screenProblems(page, `search results with a deleted session’s note (${name})`)));
      await result.click();
      await expectHeading(page, title);
      await page.getByText(text).waitFor({ timeout: uiTimeoutMs });
      expect(problems).toEqual([]);
    } finally {
      // The peer's tablet is the next run's too: back on signal whatever happened here.
      await peer.context.setOffline(false);
    }
  },
);

/**
 * The findings board of a removed theme, opened in a second tab of the manager's tablet
 * (the setup screen's undo stays at hand in the first): axe's and the tap targets' problems.
 */
async function removedThemeBoardProblems(setup: Page, theme: string, size: string): Promise<string[]> {
  const board = await setup.context().newPage();
  try {
    await board.setViewportSize(setup.viewportSize() ?? tabletViewports[0]);
    await board.goto(new URL(setup.url().replace(/\/setup$/, '/evening/findings')).href);
    await expectHeading(board, 'Findings');
    const choice = board.getByRole('combobox', { name: 'Theme' });
    await expect
      .poll(() => choice.getByRole('option', { name: `${theme} (removed)` }).count(), { timeout: uiTimeoutMs })
      .toBe(1);
    await choice.selectOption({ label: `${theme} (removed)` });
    await board.waitForURL(/[?&]theme=/, { timeout: uiTimeoutMs });
    // Its lanes and note piles, each under a heading, once the board is read.
    await expect
      .poll(
        async () =>
          (await board.getByText('Opening the board…').count()) === 0 &&
          (await board.getByRole('heading', { level: 2 }).count()) > 0,
        { timeout: uiTimeoutMs },
      )
      .toBe(true);
    return await screenProblems(board, `findings board of a removed theme (${size})`);
  } finally {
    await board.close();
  }
}

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
    const removedName = await themes.getByRole('textbox', { name: 'Theme 1', exact: true }).inputValue();
    await dialog.getByRole('button', { name: 'Remove theme 1' }).click();
    const undo = themes.getByRole('button', { name: 'Undo removing theme 1' });
    await undo.waitFor({ timeout: uiTimeoutMs });
    problems.push(...(await screenProblems(page, `a theme removed (${name})`)));
    problems.push(...(await removedThemeBoardProblems(page, removedName, `${name}`)));
    const before = await themes.getByRole('textbox', { name: /^Theme \d+$/ }).count();
    await undo.click();
    await expect
      .poll(() => themes.getByRole('textbox', { name: /^Theme \d+$/ }).count(), { timeout: uiTimeoutMs })
      .toBe(before + 1);

    // A scope question in use: asked first with its count, removed, then back with undo.
    const scope = page.getByRole('region', { name: 'Scope questions' });
    const questions = scope.getByRole('textbox', { name: /^Scope question \d+$/ });
    const questionCount = await questions.count();
    await scope.getByRole('button', { name: 'Remove scope question 1' }).click();
    const removeQuestion = page.getByRole('dialog', { name: 'Remove scope question 1?' });
    await removeQuestion.waitFor({ timeout: uiTimeoutMs });
    await expect.poll(() => removeQuestion.innerText()).toMatch(/is used by \d+ notes?( and \d+ findings?)?\./);
    problems.push(...(await screenProblems(page, `remove a scope question in use (${name})`)));
    await removeQuestion.getByRole('button', { name: 'Remove scope question 1' }).click();
    await expect.poll(() => questions.count(), { timeout: uiTimeoutMs }).toBe(questionCount - 1);
    await scope.getByRole('button', { name: 'Undo removing scope question 1' }).click();
    await expect.poll(() => questions.count(), { timeout: uiTimeoutMs }).toBe(questionCount);

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
