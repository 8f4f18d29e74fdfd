import { expect, test } from 'vitest';
import { expectHeading, joinEngagement, newNote, noteValues, openFirstSession } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { demoJourneyPerFile } from './support/journey';

const journey = demoJourneyPerFile();

test('a reload at the very instant of the last keystroke loses nothing', async () => {
  const { server, browser } = journey();
  const srv = server;
  const artifacts = new FailureArtifacts('reload-after-typing');
  artifacts.addLog('server', () => srv.log.text());
  const page = await (await browser.newContext()).newPage();
  artifacts.watch('page', page);
  await joinEngagement(page, server, 'lead peer');
  const session = await openFirstSession(page);

  const texts: string[] = [];
  for (let round = 0; round < 5; round += 1) {
    const text = `Round ${round}: the quick brown fox jumps over the lazy dog at the front door`;
    await newNote(page);
    await page.keyboard.type(text, { delay: 5 });
    texts.push(text);
    // No wait at all: the reload races the last IndexedDB write.
    await page.reload();
    await expectHeading(page, session.title);
    await expect.poll(() => noteValues(page), { timeout: 20_000 }).toEqual(texts);
  }
});
