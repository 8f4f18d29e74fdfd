import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  expectHeading,
  expectSyncStatus,
  joinEngagement,
  newNote,
  noteBoxes,
  noteValues,
  openFirstSession,
  syncNow,
  syncTimeoutMs,
  uiTimeoutMs,
} from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { joinedAs, managerToken, serverNotes } from './support/backupApi';
import { demoJourneyPerFile } from './support/journey';

const journey = demoJourneyPerFile();

test('two tabs of one device typing at once lose nothing, here or on the server', async () => {
  const { server, browser } = journey();
  const srv = server;
  const artifacts = new FailureArtifacts('two-tabs');
  artifacts.addLog('server', () => srv.log.text());
  const context = await browser.newContext();
  const first = await context.newPage();
  artifacts.watch('tab-1', first);
  await joinEngagement(first, server, 'lead peer');
  const session = await openFirstSession(first);
  const second = await context.newPage();
  artifacts.watch('tab-2', second);
  await second.goto(session.url);
  await expectHeading(second, session.title);
  await context.setOffline(true);

  // Different notes, typed at the same time: every keystroke of both is a write with its
  // own outbox number, taken from the one counter both tabs share.
  const tag = randomUUID().slice(0, 8);
  const one = `Tab one ${tag}: the front door team triages by phone`;
  const two = `Tab two ${tag}: carers said the waits are long`;
  const boxOne = await newNote(first);
  const boxTwo = await newNote(second);
  await Promise.all([boxOne.pressSequentially(one, { delay: 3 }), boxTwo.pressSequentially(two, { delay: 3 })]);
  await boxOne.blur();
  await boxTwo.blur();
  for (const page of [first, second]) {
    await expect.poll(() => noteValues(page), { timeout: uiTimeoutMs }).toEqual(expect.arrayContaining([one, two]));
  }

  // The same note, one tab after the other: the second tab shows the first tab's text and adds to it.
  const sameInSecond = (await noteValues(second)).indexOf(one);
  const shared = noteBoxes(second).nth(sameInSecond);
  await shared.click();
  await shared.press('End');
  await shared.pressSequentially(' (added in tab two)', { delay: 3 });
  await shared.blur();
  const both = `${one} (added in tab two)`;
  await expect.poll(() => noteValues(first), { timeout: uiTimeoutMs }).toEqual(expect.arrayContaining([both, two]));

  // Both tabs' edits sync, each note once, with no sequence gap or refusal.
  await context.setOffline(false);
  await syncNow(first);
  await expectSyncStatus(first, 'All saved on the server', syncTimeoutMs);
  await expectSyncStatus(second, 'All saved on the server', syncTimeoutMs);
  const { engagementId } = await joinedAs(first);
  const onServer = (await serverNotes(server, await managerToken(server), engagementId)).filter((note) =>
    note.text.includes(tag),
  );
  expect(onServer.map((note) => note.text).sort()).toEqual([both, two].sort());
  await context.close();
});
