import { expect, test } from 'vitest';
import {
  checkBothOrientations,
  firstSession,
  managerNote,
  open,
  report,
  tablet,
  writeTaggedNote,
} from './support/accessibilityJourney';
import { expectSyncStatus, joinEngagement, newNote, noteBoxes, syncTimeoutMs, uiTimeoutMs } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const demo = demoJourneyPerFile();

// The manager's screens are two files, so that they spread over the cores like the others.
test('every session, search and evening screen the challenge manager sees passes axe (serious, critical) and has 44 px targets in both orientations', async () => {
  const journey = demo();
  const { server } = journey;
  const artifacts = new FailureArtifacts('accessibility-manager-evening');
  artifacts.addLog('server', () => server.log.text());
  const { context, page } = await tablet(journey, artifacts, 'manager');
  const problems: string[] = [];
  await joinEngagement(page, server, 'challenge manager');
  const engagementPath = new URL(page.url()).pathname;
  const sessionPath = await firstSession(journey, page, engagementPath);

  // A session with a tagged note, a quote, a deleted note (banner and disclosure open).
  await open(journey, page, sessionPath, /./);
  const note = await writeTaggedNote(page, managerNote);
  await note.getByRole('combobox', { name: 'Stance' }).selectOption('strength');
  const spare = await newNote(page);
  await spare.fill('A note written in the wrong session');
  await page.getByRole('article', { name: 'Note text' }).last().getByRole('button', { name: 'Delete note' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor({ timeout: uiTimeoutMs });
  await page.locator('details.deleted-notes summary').click();
  await page
    .getByRole('button', { name: /^Restore note/ })
    .first()
    .waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'session with notes, tags and deleted notes')));
  await expectSyncStatus(page, 'All saved on the server', syncTimeoutMs);
  // Reopened: the tagged note shows its tags folded into a summary line.
  await open(journey, page, sessionPath, /./);
  await expect.poll(() => noteBoxes(page).count(), { timeout: uiTimeoutMs }).toBeGreaterThan(0);
  problems.push(...(await checkBothOrientations(page, 'session reopened, tags folded')));

  await open(journey, page, `${engagementPath}/search`, 'Search notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('halved');
  await page.getByText(/1 note found/).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'search with results')));

  // The evening screens, on the demo evening's findings, coverage and recommendations.
  for (const [path, heading] of [
    ['evening', 'Evening'],
    ['evening/findings', 'Findings'],
    ['evening/coverage', 'Coverage'],
    ['evening/recommendations', 'Recommendations'],
    ['evening/conflicts', 'Conflicts'],
  ] as const) {
    await open(journey, page, `${engagementPath}/${path}`, heading);
    problems.push(...(await checkBothOrientations(page, `evening: ${heading}`)));
  }
  await context.close();
  report(problems);
}, 240_000);
