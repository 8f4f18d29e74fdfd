import { expect, test } from 'vitest';
import {
  checkBothOrientations,
  firstSession,
  linkPath,
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

test('every screen the challenge manager sees passes axe (serious, critical) and has 44 px targets in both orientations', async () => {
  const journey = demo();
  const { server } = journey;
  const artifacts = new FailureArtifacts('accessibility-manager');
  artifacts.addLog('server', () => server.log.text());
  const { context, page } = await tablet(journey, artifacts, 'manager');
  const problems: string[] = [];
  await open(journey, page, '/', 'Triangulate');
  await page.getByRole('link', { name: 'Join with a link' }).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'home, nothing joined')));
  await open(journey, page, '/join', 'Join with a link');
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('alert').waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'join with a link, bad link')));

  await joinEngagement(page, server, 'challenge manager');
  const engagementPath = new URL(page.url()).pathname;
  problems.push(...(await checkBothOrientations(page, 'engagement home')));
  // "/" opens the only engagement joined; its list is at /engagements.
  await open(journey, page, '/engagements', 'Triangulate');
  await page.getByRole('navigation', { name: 'Your engagements' }).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'home, one engagement')));

  await open(journey, page, `${engagementPath}/today`, /./);
  problems.push(...(await checkBothOrientations(page, 'today')));
  const sessionPath = await firstSession(journey, page, engagementPath);
  const editPath = await linkPath(journey, page, 'a[href$="/edit"]');
  problems.push(...(await checkBothOrientations(page, 'timetable (manager)')));
  await open(journey, page, `${engagementPath}/timetable/new`, /./);
  problems.push(...(await checkBothOrientations(page, 'new session')));
  await open(journey, page, editPath, /./);
  problems.push(...(await checkBothOrientations(page, 'edit session')));
  await open(journey, page, `${engagementPath}/setup`, /./);
  problems.push(...(await checkBothOrientations(page, 'setup')));
  await open(journey, page, `${engagementPath}/team`, /./);
  await page
    .getByRole('button', { name: /^Create join link/ })
    .first()
    .waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'team')));
  // A fresh join link with its QR code, for the manager's own row (the peers' printed links stay unspent).
  await page
    .getByRole('button', { name: /^Create join link/ })
    .first()
    .click();
  await page.locator('.join-link__url').waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'team with a new join link and QR code')));
  await open(journey, page, `${engagementPath}/settings`, /./);
  problems.push(...(await checkBothOrientations(page, 'settings')));

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
}, 300_000);
