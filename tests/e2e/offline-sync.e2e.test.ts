import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  expectHeading,
  expectSyncStatus,
  joinEngagement,
  noteValues,
  openFirstSession,
  showsAllTexts,
  syncNow,
  syncTimeoutMs,
  waitForServiceWorkerControl,
  writeNote,
} from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const offlineWithChanges = /^Offline · \d+ changes? waiting · last reached the server (at|on) /;

const journey = demoJourneyPerFile();

test('a peer writes notes with no network and no server, reloads offline, and they reach the other peer', async () => {
  const { server, browser } = journey();
  const artifacts = new FailureArtifacts('offline-sync');
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());

  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const peerA = await contextA.newPage();
  const peerB = await contextB.newPage();
  artifacts.watch('peer-a', peerA);
  artifacts.watch('peer-b', peerB);

  // Both peers join with their own invite and open the same session.
  await joinEngagement(peerA, server, 'lead peer');
  await joinEngagement(peerB, server, 'officer peer');
  const session = await openFirstSession(peerA);
  await peerB.goto(session.url);
  await expectHeading(peerB, session.title);

  // A's app is installed (service worker in control) and has everything it needs locally.
  await waitForServiceWorkerControl(peerA);
  await expectHeading(peerA, session.title);
  await expectSyncStatus(peerA, 'All saved on the server', syncTimeoutMs);

  // The signal goes: no network for A, and the server is down too.
  await contextA.setOffline(true);
  await server.stop();
  await expectSyncStatus(peerA, /^Offline/);

  const tag = randomUUID().slice(0, 8);
  const texts = [
    `Offline note one ${tag}: the front door team triages by phone`,
    `Offline note two ${tag}: carers said waits are long`,
    `Offline note three ${tag}: panel minutes show delays`,
  ];
  for (const text of texts) await writeNote(peerA, text);
  await expectSyncStatus(peerA, offlineWithChanges);
  // Wait until the notes are in IndexedDB, seen the way a person would: a second tab
  // of the same browser, itself offline and served by the service worker, shows them.
  const secondTab = await contextA.newPage();
  artifacts.watch('peer-a-second-tab', secondTab);
  await secondTab.goto(session.url);
  await expectHeading(secondTab, session.title);
  await expect.poll(() => noteValues(secondTab), { timeout: 20_000 }).toEqual(expect.arrayContaining(texts));
  await secondTab.close();
  await artifacts.milestone('1-a-wrote-offline', peerA);

  // A reload with no network: the service worker serves the app, IndexedDB the notes.
  await peerA.reload();
  await expectHeading(peerA, session.title);
  await expect.poll(() => noteValues(peerA), { timeout: 20_000 }).toEqual(expect.arrayContaining(texts));
  await expectSyncStatus(peerA, offlineWithChanges);
  await artifacts.milestone('2-a-reloaded-offline', peerA);

  // Signal and server come back; A syncs.
  await server.restart();
  await contextA.setOffline(false);
  await syncNow(peerA);
  await expectSyncStatus(peerA, 'All saved on the server', syncTimeoutMs);
  await artifacts.milestone('3-a-synced', peerA);

  // B pulls and sees A's three notes.
  await expect
    .poll(
      async () => {
        await syncNow(peerB);
        return showsAllTexts(peerB, texts);
      },
      { timeout: syncTimeoutMs, interval: 1_000 },
    )
    .toBe(true);
  await artifacts.milestone('4-b-sees-notes', peerB);

  await contextA.close();
  await contextB.close();
});
