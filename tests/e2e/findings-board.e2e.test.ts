import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenProblems } from './support/accessibilityChecks';
import { uiTimeoutMs } from './support/app';
import { announced, findingCard, pickUp, pointerDrag, showNotes } from './support/evening';
import { demoJourneyPerFile, joinedPeer } from './support/journey';
import { seedNotes } from './support/seedNotes';

const journey = demoJourneyPerFile();

const lane = (page: Page, name: string) => page.getByRole('list', { name, exact: true });
const headlines = (page: Page, name: string) => lane(page, name).getByRole('heading').allInnerTexts();
/** Notes shown in a finding's card: a finding just made shows them; others are folded until asked. */
const notesIn = (page: Page, headline: string) => findingCard(page, headline).getByRole('article').count();

/**
 * While dragging by keyboard, arrows as a person would until the screen reader says the
 * card is over the finding: right towards the lanes, then left if that reached the other
 * lane (the demo's findings sit there too). Each press waits for the announcement to change.
 */
async function steerOver(
  page: Page,
  headline: string,
  keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'],
): Promise<void> {
  for (const key of keys) {
    const before = await announced(page);
    if (before.includes(`is over finding “${headline}”`)) return;
    await page.keyboard.press(key);
    await expect.poll(() => announced(page), { timeout: uiTimeoutMs }).not.toBe(before);
    if ((await announced(page)).includes(`is over finding “${headline}”`)) return;
  }
  throw new Error(`arrows never brought the card over “${headline}”: ${await announced(page)}`);
}

test('the manager makes findings by tap, keyboard and pointer drag, reorders by keyboard, merges two and undoes it; the board passes axe at 1024×768 and 1920×1080', async () => {
  const { server } = journey();
  const { page, artifacts, engagementId } = await joinedPeer(journey(), 'findings-board', 'challenge manager', {
    viewport: { width: 1024, height: 768 },
  });
  await seedNotes(page, engagementId, 4, { text: 'numbered' });
  // The app keeps to its Content Security Policy: nothing it runs is refused (zod's probe for
  // eval was, before zodJitless.ts). The page hears each refusal as an event.
  await page.addInitScript(() => {
    const refused: string[] = [];
    Reflect.set(window, '__refused', refused);
    document.addEventListener('securitypolicyviolation', (event) =>
      refused.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  await page.goto(`${server.url}/engagements/${engagementId}/evening`);
  await page.getByRole('link', { name: 'Findings board' }).click();
  await page.waitForURL(/\/evening\/findings/, { timeout: uiTimeoutMs });
  // The demo evening has findings on every theme; this one has no strengths yet.
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Resource and workforce management' });
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toEqual([]);
  const pile = lane(page, 'Notes with no theme');
  await pile.getByRole('article', { name: 'Note: Seeded note 3' }).waitFor({ timeout: uiTimeoutMs });

  // A finding from a selected note, by taps.
  await page.getByRole('checkbox', { name: 'Select note: Seeded note 3' }).check();
  await page.getByRole('textbox', { name: 'New finding headline' }).fill('Partners trust each other');
  await page.getByRole('button', { name: 'Make a finding from 1 selected note' }).click();
  await expect
    .poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs })
    .toEqual(['Partners trust each other']);

  // A note dragged onto it with the keyboard alone.
  await pickUp(page, 'Drag note: Seeded note 2', /Picked up note “Seeded note 2”|Note “Seeded note 2” is over/);
  await steerOver(page, 'Partners trust each other');
  await page.keyboard.press('Space');
  await expect.poll(() => notesIn(page, 'Partners trust each other'), { timeout: uiTimeoutMs }).toBe(2);
  await artifacts.milestone('1-keyboard-drag', page);

  // A duplicate, merged into the first, then the merge undone.
  await page.getByRole('checkbox', { name: 'Select note: Seeded note 1' }).check();
  await page.getByRole('textbox', { name: 'New finding headline' }).fill('Partnership working is strong');
  await page.getByRole('button', { name: 'Make a finding from 1 selected note' }).click();
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toHaveLength(2);
  await page.getByRole('checkbox', { name: 'Select finding: Partners trust each other' }).check();
  await page.getByRole('checkbox', { name: 'Select finding: Partnership working is strong' }).check();
  await page.getByRole('button', { name: 'Merge 2 findings' }).click();
  await expect
    .poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs })
    .toEqual(['Partners trust each other']);
  expect(await notesIn(page, 'Partners trust each other')).toBe(3);

  const problems = await screenProblems(page, 'board 1024×768, after a merge');
  await page.setViewportSize({ width: 1920, height: 1080 });
  problems.push(...(await screenProblems(page, 'board 1920×1080')));
  await artifacts.milestone('2-merged-1920', page);
  expect(problems, problems.join('\n')).toEqual([]);

  await page.getByRole('button', { name: 'Undo merge' }).click();
  await expect.poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs }).toHaveLength(2);
  expect(await notesIn(page, 'Partners trust each other')).toBe(2);
  expect(await notesIn(page, 'Partnership working is strong')).toBe(1);

  // Reordered by keyboard, notes hidden so both findings are on screen: the second picked
  // up, moved up one place, dropped. (When the window must scroll up to reach the place,
  // dnd-kit's keyboard sensor can land the card short; "Move up" is the dependable way.)
  await page.getByRole('button', { name: 'Hide notes' }).first().click();
  await page.getByRole('button', { name: 'Hide notes' }).first().click();
  await pickUp(
    page,
    'Drag finding: Partnership working is strong',
    /Picked up finding “Partnership working is strong”|Finding “Partnership working is strong” is over/,
  );
  await steerOver(page, 'Partners trust each other', ['ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowDown']);
  await page.keyboard.press('Space');
  await expect
    .poll(() => headlines(page, 'Strengths'), { timeout: uiTimeoutMs })
    .toEqual(['Partnership working is strong', 'Partners trust each other']);

  // The last note dragged with the pointer onto the finding now at the top.
  // The demo's unassigned notes push the pile down: a tall window keeps both on screen.
  await page.setViewportSize({ width: 1920, height: 2600 });
  await pointerDrag(page, 'Seeded note 0', 'Partnership working is strong');
  // dnd-kit swallows every click for 50 ms after a pointer drop (so the drop is not also a
  // tap). A person taps later than that; the journey asks to show the notes until it takes.
  await expect
    .poll(
      async () => {
        await showNotes(page, 'Partnership working is strong');
        return notesIn(page, 'Partnership working is strong');
      },
      { timeout: uiTimeoutMs },
    )
    .toBe(2);
  expect(await page.evaluate(() => Reflect.get(window, '__refused') as unknown)).toEqual([]);
});
