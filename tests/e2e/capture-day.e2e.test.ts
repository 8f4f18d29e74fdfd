import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  expectHeading,
  expectSyncStatus,
  joinEngagement,
  newNote,
  syncNow,
  syncTimeoutMs,
  uiTimeoutMs,
  waitForServiceWorkerControl,
} from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { makePng } from './support/testImages';
import { demoJourneyPerFile } from './support/journey';

const journey = demoJourneyPerFile();

type NotePlan = {
  text: string;
  themes?: string[];
  /** Scope question numbers toggled with the number keys, as a touch typist would. */
  questionKeys?: string[];
  stance?: 'strength' | 'area for consideration';
  quote?: boolean;
  documentReference?: string;
  photo?: Buffer;
};

/** Writes one note the way a peer would: text, then choices, tags and a photo. */
async function captureNote(page: Page, plan: NotePlan): Promise<void> {
  const box = await newNote(page);
  await box.pressSequentially(plan.text, { delay: 2 });
  const note = page.getByRole('article', { name: 'Note text' }).last();
  if (plan.stance) await note.getByRole('combobox', { name: 'Stance' }).selectOption(plan.stance);
  if (plan.quote) {
    // The box shows what IndexedDB holds, so it ticks once the write has landed.
    const quote = note.getByRole('checkbox', { name: 'Verbatim quote' });
    await quote.click();
    await expect.poll(() => quote.isChecked(), { timeout: uiTimeoutMs }).toBe(true);
  }
  if (plan.documentReference) {
    // Read notes carry a document reference; the session's kind usually makes it read already.
    await note.getByRole('combobox', { name: 'Evidence type' }).selectOption('read');
    await note.getByRole('textbox', { name: 'Document reference' }).fill(plan.documentReference);
  }
  for (const theme of plan.themes ?? []) {
    const chip = note.getByRole('group', { name: 'Themes' }).getByRole('button', { name: theme });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: uiTimeoutMs }).toBe('true');
  }
  if (plan.questionKeys) {
    const questions = note.getByRole('group', { name: 'Scope questions' });
    await questions.getByRole('button').first().focus();
    for (const key of plan.questionKeys) await page.keyboard.press(key);
    await expect
      .poll(() => questions.locator('[aria-pressed="true"]').count(), { timeout: uiTimeoutMs })
      .toBe(plan.questionKeys.length);
  }
  if (plan.photo) {
    await note
      .getByLabel('Add photo')
      .setInputFiles({ name: 'care-home-noticeboard.png', mimeType: 'image/png', buffer: plan.photo });
    await expectPhotoShown(note);
  }
}

/** The note's first photo is on screen and decoded (not a broken image). */
async function expectPhotoShown(note: Locator): Promise<void> {
  const image = note.getByRole('img', { name: 'Photo 1' });
  await expect
    .poll(
      () =>
        image
          .evaluate((img) => (img instanceof HTMLImageElement && img.complete ? img.naturalWidth : 0))
          .catch(() => 0),
      {
        timeout: uiTimeoutMs,
      },
    )
    .toBeGreaterThan(0);
}

async function noteTexts(page: Page): Promise<string[]> {
  return page
    .getByRole('textbox', { name: 'Note text' })
    .evaluateAll((boxes) => boxes.map((box) => (box instanceof HTMLTextAreaElement ? box.value : '')));
}

test('a peer captures a day of notes offline with tags, a quote, a document and a photo, and they reach a teammate', async () => {
  const { server, browser } = journey();
  const artifacts = new FailureArtifacts('capture-day');
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());
  const contextA = await browser.newContext();
  const peerA = await contextA.newPage();
  artifacts.watch('peer-a', peerA);

  // Online first: join, let the app install and pull the timetable, themes and questions.
  await joinEngagement(peerA, server, 'lead peer');
  const links = peerA.locator('a[href*="/sessions/"]');
  await links.first().waitFor({ timeout: uiTimeoutMs });
  const sessionUrls = [
    ...new Set(await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))),
  ];
  const [readingUrl, interviewUrl] = sessionUrls;
  if (!readingUrl || !interviewUrl) throw new Error(`expected two sessions, found ${sessionUrls.length}`);
  await peerA.goto(readingUrl);
  await waitForServiceWorkerControl(peerA);
  await expectSyncStatus(peerA, 'All saved on the server', syncTimeoutMs);

  // No signal, and no server either.
  await contextA.setOffline(true);
  await server.stop();
  await peerA.goto(readingUrl);
  await expectSyncStatus(peerA, /^Offline/);
  const readingTitle = (await peerA.getByRole('heading', { level: 1 }).innerText()).trim();

  const tag = randomUUID().slice(0, 6);
  // Wider than 1600 px, so the device must resize it.
  const photo = makePng(2400, 1200);
  const reading: NotePlan[] = [
    {
      text: `Self-assessment is candid about waiting lists ${tag}`,
      themes: ['Working together'],
      stance: 'strength',
      documentReference: 'Self-assessment, section 3',
    },
    {
      text: `Performance data shows delays in reviews ${tag}`,
      themes: ['Commissioning'],
      questionKeys: ['1'],
      stance: 'area for consideration',
      photo,
    },
    { text: `Strategy refresh is overdue ${tag}`, questionKeys: ['1', '2'] },
  ];
  for (const plan of reading) await captureNote(peerA, plan);

  await peerA.goto(interviewUrl);
  await expectSyncStatus(peerA, /^Offline/);
  const interview: NotePlan[] = [
    {
      text: `It's not happening as quickly as I would have hoped ${tag}`,
      quote: true,
      stance: 'area for consideration',
      themes: ['Working together'],
    },
    {
      text: `Director has a clear vision for prevention ${tag}`,
      themes: ['Vision, strategy and leadership'],
      stance: 'strength',
    },
    { text: `Hospital discharge works well with the NHS ${tag}`, questionKeys: ['2'] },
  ];
  for (const plan of interview) await captureNote(peerA, plan);
  await artifacts.milestone('1-captured-offline', peerA);

  // A reload with no network: everything is there, the photo from IndexedDB.
  await peerA.goto(readingUrl);
  await peerA.reload();
  await expectHeading(peerA, readingTitle);
  await expect.poll(() => noteTexts(peerA), { timeout: uiTimeoutMs }).toEqual(reading.map((plan) => plan.text));
  const notes = peerA.getByRole('article', { name: 'Note text' });
  // Only the note being edited shows its choices: a tap in its text opens it.
  await notes.nth(0).getByRole('textbox', { name: 'Note text' }).click();
  await expect
    .poll(() => notes.nth(0).getByRole('textbox', { name: 'Document reference' }).inputValue())
    .toBe('Self-assessment, section 3');
  await expect.poll(() => notes.nth(0).getByText('Working together').count()).toBe(1);
  await notes.nth(1).getByRole('textbox', { name: 'Note text' }).click();
  await expect
    .poll(() => notes.nth(1).getByRole('combobox', { name: 'Stance' }).inputValue())
    .toBe('area for consideration');
  await expectPhotoShown(notes.nth(1));
  expect(await notes.nth(1).getByText('Waiting to upload').count()).toBe(1);
  await peerA.goto(interviewUrl);
  await expect.poll(() => noteTexts(peerA), { timeout: uiTimeoutMs }).toEqual(interview.map((plan) => plan.text));
  await notes.nth(0).getByRole('textbox', { name: 'Note text' }).click();
  expect(await notes.nth(0).getByRole('checkbox', { name: 'Verbatim quote' }).isChecked()).toBe(true);
  await artifacts.milestone('2-reloaded-offline', peerA);

  // Signal and server come back: notes and the photo go up.
  await server.restart();
  await contextA.setOffline(false);
  await syncNow(peerA);
  await expectSyncStatus(peerA, 'All saved on the server', syncTimeoutMs);
  await peerA.goto(readingUrl);
  await expect.poll(() => notes.nth(1).getByText('Waiting to upload').count(), { timeout: syncTimeoutMs }).toBe(0);

  // A teammate sees the notes read-only, with the tags, the quote and the resized photo.
  const contextB = await browser.newContext();
  const peerB = await contextB.newPage();
  artifacts.watch('peer-b', peerB);
  await joinEngagement(peerB, server, 'officer peer');
  await peerB.goto(readingUrl);
  const photoNote = peerB.getByRole('article', { name: /^Note by / }).filter({ hasText: reading[1]?.text ?? '' });
  await expect
    .poll(
      async () => {
        await syncNow(peerB);
        return photoNote.getByRole('img', { name: 'Photo 1' }).count();
      },
      { timeout: syncTimeoutMs, interval: 1_000 },
    )
    .toBe(1);
  await expectPhotoShown(photoNote);
  expect(
    await photoNote.getByRole('img', { name: 'Photo 1' }).evaluate((img) => (img as HTMLImageElement).naturalWidth),
  ).toBe(1600);
  expect(await photoNote.innerText()).toContain('Commissioning');
  expect(await peerB.getByRole('textbox', { name: 'Note text' }).count()).toBe(0);
  await peerB.goto(interviewUrl);
  const quote = peerB.getByRole('article', { name: /^Note by / }).filter({ hasText: interview[0]?.text ?? '' });
  await expect.poll(() => quote.innerText().catch(() => ''), { timeout: syncTimeoutMs }).toContain('verbatim quote');
  await artifacts.milestone('3-teammate-sees', peerB);

  await contextA.close();
  await contextB.close();
});
