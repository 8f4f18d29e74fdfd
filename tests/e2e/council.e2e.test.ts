import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { protocolVersion, schemaVersion } from '../../src/domain/sync/protocol';
import { axeProblems } from './support/accessibilityChecks';
import { watchApiRefusals } from './support/apiRefusals';
import { syncTimeoutMs, syncUntilVisible, uiTimeoutMs } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { deviceOf, inviteAgain } from './support/backupApi';
import { makePng } from './support/testImages';
import { apiCall, joinByApi, mutation, newId, pullEverything, pushAll, type ApiDevice } from './support/councilApi';
import { demoJourneyPerFile } from './support/journey';

const journey = demoJourneyPerFile();

/** The letter as the output model builds it: an unnumbered introduction, then numbered paragraphs. */
const letterBody = {
  sections: [
    { heading: 'Introduction', blocks: [{ kind: 'paragraph', text: 'The team was on site for four days.' }] },
    {
      heading: 'Working together: strengths',
      numbered: true,
      blocks: [
        { kind: 'paragraph', text: 'Partners praise the daily discharge call.' },
        { kind: 'paragraph', text: 'Reablement keeps 81% of people out of long-term care.' },
      ],
    },
  ],
};
const letterTitle = 'Summary letter: adult social care peer challenge';

/** Team addresses a council member might type; `session` is filled with a real session's id. */
const teamPaths = (sessionId: string) => [
  '/today',
  '/timetable',
  `/sessions/${sessionId}`,
  '/setup',
  '/team',
  '/settings',
  '/search',
  '/evening',
  '/evening/findings',
  '/evening/recommendations',
  '/evening/council-comments',
];

/** The rows of the council device's IndexedDB per record type it must never hold. */
function teamRowsOnDevice(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('triangulate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const stores = ['note', 'session', 'member', 'finding', 'recommendation', 'theme'];
          const counts: Record<string, number> = {};
          const tx = open.result.transaction(stores);
          for (const store of stores) {
            const request = tx.objectStore(store).count();
            request.onsuccess = () => (counts[store] = request.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('the manager publishes a letter; the council reads it, comments on a paragraph and sees the answer from the review team; it reaches nothing of the team’s by UI or API; a withdrawn letter goes', async () => {
  const { server, browser } = journey();
  const artifacts = new FailureArtifacts('council');
  artifacts.addLog('server', () => server.log.text());

  // 1. The manager (through the API) adds a council contact, publishes the letter and invites the council.
  const manager = await joinByApi(server, server.link('challenge manager').url);
  const { engagementId } = manager;
  const councilMemberId = newId();
  const letterId = newId();
  await pushAll(server, manager, [
    mutation(1, 'member', councilMemberId, { displayName: 'Jo Council', role: 'council', position: 'council contact' }),
    mutation(2, 'publishedSnapshot', letterId, {
      title: letterTitle,
      kind: 'summary letter',
      publishedAt: new Date().toISOString(),
      body: letterBody,
    }),
  ]);
  const teamChanges = await pullEverything(server, manager);
  const session = teamChanges.find((change) => change.recordType === 'session')?.record;
  const note = teamChanges.find((change) => change.recordType === 'note')?.record;
  if (!session || !note) throw new Error('the demo has no session or note');
  const secrets = [String(session.title), String(note.text), 'Helen Ashworth', 'David Okafor', 'Sian Morgan'];

  // 2. The council contact opens the link: its own screen, the letter listed.
  const councilContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const council = await councilContext.newPage();
  artifacts.watch('council', council);
  await council.goto(await inviteAgain(server, manager.deviceToken, engagementId, councilMemberId));
  await council.waitForURL(/\/engagements\/[^/?#]+$/, { timeout: uiTimeoutMs });
  await council.getByRole('heading', { level: 1, name: 'Shared with you' }).waitFor({ timeout: uiTimeoutMs });
  // Its screens never call a route the council may not use (the API calls below are the test's own).
  const councilApi = watchApiRefusals(council);
  const letterLink = council.getByRole('link', { name: letterTitle });
  await syncUntilVisible(council, letterLink);
  expect(await council.getByText('Summary letter 1, published').isVisible()).toBe(true);
  // Which council, what and when: its engagement came with the same pull.
  expect(await council.getByRole('link', { name: 'Borsetshire County Council' }).getAttribute('href')).toBe(
    `/engagements/${engagementId}`,
  );
  await council
    .getByText(/^Borsetshire County Council: Adult social care peer challenge \(demo\), on site \d/)
    .waitFor({ timeout: uiTimeoutMs });
  expect(await council.getByRole('navigation', { name: 'Engagement' }).count()).toBe(0);
  expect(await axeProblems(council, 'council list')).toEqual([]);

  // 3. It reads the letter, paragraphs numbered, and comments on paragraph 2.
  await letterLink.click();
  await council.getByRole('heading', { level: 1, name: letterTitle }).waitFor({ timeout: uiTimeoutMs });
  expect(await council.getByText('Partners praise the daily discharge call.').innerText()).toBe(
    '1. Partners praise the daily discharge call.',
  );
  await council.getByRole('button', { name: 'Comment on paragraph 2' }).click();
  await council.getByRole('textbox', { name: 'Your comment on paragraph 2' }).fill('It is 79%, not 81%.');
  expect(await axeProblems(council, 'council letter with a comment open')).toEqual([]);
  await council.getByRole('button', { name: 'Send comment' }).click();
  await council
    .getByRole('list', { name: 'Comments on paragraph 2' })
    .getByText('You')
    .waitFor({ timeout: uiTimeoutMs });

  // 4. The manager, on a tablet, answers it on Council comments (from the evening hub).
  const managerContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const managerPage = await managerContext.newPage();
  artifacts.watch('manager', managerPage);
  await managerPage.goto(await inviteAgain(server, manager.deviceToken, engagementId, manager.memberId));
  await managerPage.waitForURL(/\/engagements\/[^/?#]+$/, { timeout: uiTimeoutMs });
  await managerPage.goto(`${server.url}/engagements/${engagementId}/evening`);
  await managerPage.getByRole('link', { name: 'Council comments' }).click();
  const commentCard = managerPage.getByRole('article', { name: 'Comment 1, on paragraph 2' });
  await syncUntilVisible(managerPage, commentCard);
  expect(await commentCard.innerText()).toContain('It is 79%, not 81%.');
  await commentCard.getByRole('textbox', { name: 'Answer to comment 1' }).fill('Thank you: 79% is right.');
  await commentCard.getByRole('button', { name: 'Send answer' }).click();
  await commentCard.getByText('From the council · Answered').waitFor({ timeout: uiTimeoutMs });
  await expect
    .poll(
      async () =>
        (await pullEverything(server, manager)).some(
          (change) => change.recordType === 'accuracyComment' && change.record.status === 'answered',
        ),
      { timeout: syncTimeoutMs, interval: 1_000 },
    )
    .toBe(true);

  // 5. The council sees the answer as the review team's, with no name.
  const answer = council.getByText('The review team answered: Thank you: 79% is right.');
  await syncUntilVisible(council, answer);
  for (const secret of secrets) expect(await council.locator('body').innerText()).not.toContain(secret);

  // 6. Typed team addresses show no team screen; the device holds none of the team's records.
  for (const path of teamPaths(String(session.id))) {
    await council.goto(`${server.url}/engagements/${engagementId}${path}`);
    await council.getByRole('heading', { level: 1, name: 'Not for the council' }).waitFor({ timeout: uiTimeoutMs });
    const text = await council.locator('body').innerText();
    for (const secret of secrets) expect(text, path).not.toContain(secret);
    // Read before the next address is loaded, which would cut off a call still on its way.
    expect(await councilApi.refusals(), `API calls refused at ${path}`).toEqual([]);
  }
  expect(await axeProblems(council, 'not for the council')).toEqual([]);
  expect(await teamRowsOnDevice(council)).toEqual({
    note: 0,
    session: 0,
    member: 0,
    finding: 0,
    recommendation: 0,
    theme: 0,
  });

  // 7. With its own token the API gives it nothing of the team's either.
  const { deviceToken, nextSeq } = await deviceOf(council);
  const councilDevice: ApiDevice = {
    deviceToken,
    memberId: councilMemberId,
    engagementId,
  };
  const councilPull = await pullEverything(server, councilDevice);
  expect(new Set(councilPull.map((change) => change.recordType))).toEqual(
    new Set(['engagement', 'publishedSnapshot', 'accuracyComment']),
  );
  const pulledText = JSON.stringify(councilPull);
  for (const secret of [...secrets, manager.memberId, String(session.id), String(note.id)]) {
    expect(pulledText).not.toContain(secret);
  }
  // A real photo of the team's: the council may not fetch it.
  const photoId = newId();
  const upload = await fetch(`${server.url}/api/engagements/${engagementId}/photos/${photoId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${manager.deviceToken}` },
    body: new Uint8Array(makePng(8, 8)),
  });
  expect(upload.status).toBe(200);
  for (const [method, path] of [
    ['GET', `/engagements/${engagementId}/invites`],
    ['POST', `/engagements/${engagementId}/invites`],
    ['GET', `/engagements/${engagementId}/photos/${photoId}`],
  ] as const) {
    const body = method === 'POST' ? { memberId: manager.memberId } : undefined;
    const reply = await apiCall(server, councilDevice, method, path, body);
    expect([403, 404], `${method} ${path}: ${reply.text}`).toContain(reply.status);
  }
  // Its devices are its own: not one of the team's.
  const devices = await apiCall(server, councilDevice, 'GET', `/engagements/${engagementId}/devices`);
  const listed = (JSON.parse(devices.text) as { devices?: { memberId: string }[] }).devices ?? [];
  expect(
    listed.every((device) => device.memberId === councilMemberId),
    devices.text,
  ).toBe(true);
  // A note pushed with its token is refused: the council writes only its comments.
  const refused = await apiCall(server, councilDevice, 'POST', `/engagements/${engagementId}/push`, {
    protocolVersion,
    schemaVersion,
    mutations: [mutation(nextSeq, 'note', newId(), { text: 'A council note' })],
  });
  expect(refused.text).toContain('"refused"');

  // 8. The manager withdraws the letter: it leaves the council's list.
  await pushAll(server, manager, [mutation(3, 'publishedSnapshot', letterId, {}, 'delete')]);
  await council.goto(`${server.url}/engagements/${engagementId}`);
  await syncUntilVisible(council, council.getByText(/^Nothing has been shared with you yet/));
  expect(await council.getByRole('link', { name: letterTitle }).count()).toBe(0);
  const withdrawn = (await pullEverything(server, councilDevice)).find((change) => change.record.id === letterId);
  expect(withdrawn?.record).toEqual({ id: letterId, rev: expect.any(Number), deleted: true });

  const refusals = await councilApi.refusals();
  await councilContext.close();
  expect(refusals, 'API calls refused to the council’s screens').toEqual([]);
  await managerContext.close();
});
