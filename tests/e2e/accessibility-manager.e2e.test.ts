import { test } from 'vitest';
import { checkBothOrientations, firstSession, linkPath, open, report, tablet } from './support/accessibilityJourney';
import { joinEngagement, uiTimeoutMs } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const demo = demoJourneyPerFile();

test('every start, timetable, setup, team and settings screen the challenge manager sees passes axe (serious, critical) and has 44 px targets in both orientations', async () => {
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
  await firstSession(journey, page, engagementPath); // the timetable, drawn down to its sessions' links
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

  await context.close();
  report(problems);
}, 240_000);
