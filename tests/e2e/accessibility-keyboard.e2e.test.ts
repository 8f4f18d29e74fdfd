import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { lastSession, open, tablet } from './support/accessibilityJourney';
import { joinEngagement, noteBoxes, uiTimeoutMs } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const demo = demoJourneyPerFile();

/** What has focus: its role-ish name, and whether a focus indicator is drawn around it. */
async function focused(page: Page): Promise<{ name: string; visible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: '(body)', visible: false };
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
        ? (element.labels?.[0]?.textContent ?? '')
        : (element.textContent ?? ''));
    const name = `${element.tagName.toLowerCase()}: ${label.replace(/\s+/g, ' ').trim()}`;
    // A visually hidden file input shows its focus on the label after it (styles.css).
    const drawn =
      element.classList.contains('visually-hidden') && element.nextElementSibling
        ? element.nextElementSibling
        : element;
    const style = getComputedStyle(drawn);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { name, visible: outline || style.boxShadow !== 'none' };
  });
}

test('a peer captures a note by keyboard alone: New note, type, then tags and stance, with focus always visible', async () => {
  const journey = demo();
  const { server } = journey;
  const artifacts = new FailureArtifacts('accessibility-keyboard');
  const { context, page } = await tablet(journey, artifacts, 'keyboard');
  await joinEngagement(page, server, 'officer peer');
  // A session the peer has not written in yet, as on arriving in the room.
  const sessionPath = await lastSession(journey, page, new URL(page.url()).pathname);
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(journey, page, sessionPath, /./);
  await page.getByRole('button', { name: 'New note' }).waitFor({ timeout: uiTimeoutMs });

  const path: string[] = [];
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    path.push(now.name);
    if (now.name === 'button: New note') {
      expect(now.visible, 'focus on New note is visible').toBe(true);
      break;
    }
  }
  expect(path.at(-1), `Tab never reached New note:\n${path.join('\n')}`).toBe('button: New note');
  const before = await noteBoxes(page).count();
  await page.keyboard.press('Enter');
  await expect.poll(() => noteBoxes(page).count(), { timeout: uiTimeoutMs }).toBe(before + 1);
  await expect.poll(async () => (await focused(page)).name, { timeout: uiTimeoutMs }).toBe('textarea: Note text');
  const text = 'Front door staff knew the reablement offer well';
  await page.keyboard.type(text, { delay: 5 });
  await expect.poll(() => noteBoxes(page).nth(before).inputValue(), { timeout: uiTimeoutMs }).toBe(text);

  const visited: { name: string; visible: boolean }[] = [];
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    visited.push(now);
    if (now.name === 'button: Delete note') break;
  }
  const names = visited.map((v) => v.name);
  const listing = visited.map((v) => `${v.visible ? '  ' : '✗ '}${v.name}`).join('\n');
  for (const expected of [
    /^select: Evidence type/,
    /^select: Stance/,
    /^input: Verbatim quote/,
    /^button: Tags$/,
    /^button: 1/,
    /^input: Add photo/,
    /^button: Delete note$/,
  ]) {
    expect(
      names.some((name) => expected.test(name)),
      `${expected} not reached by Tab:\n${listing}`,
    ).toBe(true);
  }
  expect(
    visited.filter((v) => !v.visible).map((v) => v.name),
    `focus not visible on:\n${listing}`,
  ).toEqual([]);

  // Shift+Tab back to the first theme and toggle it with Space, as a keyboard user would.
  for (let presses = 0; presses < 40 && !/^button: 1/.test((await focused(page)).name); presses += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Space');
  const chips = page.getByRole('article', { name: 'Note text' }).nth(before).locator('[aria-pressed="true"]');
  await expect.poll(() => chips.count(), { timeout: uiTimeoutMs }).toBe(1);
  await context.close();
});
