import { expect, test } from 'vitest';
import {
  checkBothOrientations,
  managerNote,
  managerSharesATaggedNote,
  open,
  report,
  tablet,
} from './support/accessibilityJourney';
import { watchApiRefusals } from './support/apiRefusals';
import {
  expectHeading,
  followEngagementLink,
  joinEngagement,
  newNote,
  syncTimeoutMs,
  uiTimeoutMs,
} from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const demo = demoJourneyPerFile();

test('every screen a peer sees passes axe (serious, critical) and has 44 px targets in both orientations', async () => {
  const journey = demo();
  const { server } = journey;
  const { engagementPath, sessionPath } = await managerSharesATaggedNote(journey);
  const artifacts = new FailureArtifacts('accessibility-peer');
  const { context, page } = await tablet(journey, artifacts, 'peer');
  const problems: string[] = [];
  await open(journey, page, engagementPath, 'Not joined on this device');
  problems.push(...(await checkBothOrientations(page, 'engagement, not joined')));
  await open(journey, page, '/join/not-a-real-code', 'Joining the engagement');
  await page.getByRole('alert').waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'join with a spent code')));

  await joinEngagement(page, server, 'lead peer');
  const api = watchApiRefusals(page);
  problems.push(...(await checkBothOrientations(page, 'engagement home (peer)')));
  await open(journey, page, `${engagementPath}/today`, /./);
  problems.push(...(await checkBothOrientations(page, 'today (peer)')));
  await open(journey, page, `${engagementPath}/timetable`, 'Timetable');
  problems.push(...(await checkBothOrientations(page, 'timetable (peer)')));

  // The manager's tagged note, read-only, beside the peer's own.
  await open(journey, page, sessionPath, /./);
  await page.getByText(managerNote).waitFor({ timeout: syncTimeoutMs });
  const box = await newNote(page);
  await box.fill('Carers said the respite booking line is hard to reach');
  problems.push(...(await checkBothOrientations(page, 'session with a teammate note (peer)')));
  await open(journey, page, `${engagementPath}/search`, 'Search notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('halved');
  await page.getByText(/1 note found/).waitFor({ timeout: uiTimeoutMs });
  problems.push(...(await checkBothOrientations(page, 'search with results (peer)')));
  // The evening screens a peer reads, and the manager's screens reached by address: none
  // may call a route a peer may not use (issue 10, point 11).
  for (const [path, heading] of [
    ['evening', 'Evening'],
    ['evening/findings', 'Findings'],
    ['evening/coverage', 'Coverage'],
    ['evening/recommendations', 'Recommendations'],
    ['setup', 'Engagement setup'],
    ['team', 'Team'],
  ] as const) {
    await open(journey, page, `${engagementPath}/${path}`, heading);
  }
  await page
    .getByText('Only the challenge manager invites people and manages devices.')
    .waitFor({ timeout: uiTimeoutMs });
  // Left by the header's link, not a new page load, so the calls Team started are answered, not cut off.
  await followEngagementLink(page, 'Settings');
  await expectHeading(page, 'Settings');
  problems.push(...(await checkBothOrientations(page, 'settings (peer)')));
  const refusals = await api.refusals();
  await context.close();
  report(problems);
  expect(refusals, 'API calls refused to the peer').toEqual([]);
}, 240_000);
