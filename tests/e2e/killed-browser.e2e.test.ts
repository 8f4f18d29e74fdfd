import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectHeading, joinEngagement, newNote, noteValues, openFirstSession } from './support/app';
import { FailureArtifacts } from './support/artifacts';
import { e2eContext } from './support/context';
import { makeTempDir } from './support/paths';
import { ProfileBrowser } from './support/profileBrowser';
import { TriangulateServer } from './support/server';

/** 200 characters of a plausible note, typed key by key. */
function noteOf200Characters(): string {
  const base =
    'Heard at the front door team: referrals wait four days for triage, staff say the new form helps, ' +
    'carers want one named contact, and managers track delays weekly on a whiteboard in the office. ';
  const text = (base + base).slice(0, 200);
  if (text.length !== 200) throw new Error('note is not 200 characters');
  return text;
}

let server: TriangulateServer | undefined;
let profileDir: string | undefined;
let browser: ProfileBrowser | undefined;

beforeAll(async () => {
  server = await TriangulateServer.start({ clientDir: e2eContext().clientDir });
  profileDir = makeTempDir('profile');
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

test('a note typed just before the browser is killed is there after a relaunch', async () => {
  if (!server || !profileDir) throw new Error('setup failed');
  const { chromiumPath } = e2eContext();
  const artifacts = new FailureArtifacts('killed-browser');
  const srv = server;
  artifacts.addLog('server', () => srv.log.text());

  browser = await ProfileBrowser.launch(chromiumPath, profileDir);
  const first = browser;
  artifacts.addLog('chromium-first', () => first.log.text());
  const page = await browser.page();
  artifacts.watch('before-kill', page);

  await joinEngagement(page, server, 'lead peer');
  const session = await openFirstSession(page);

  const text = noteOf200Characters();
  const box = await newNote(page);
  await page.keyboard.type(text, { delay: 10 });
  const lastKeystroke = Date.now();
  expect(await box.inputValue()).toBe(text);
  // The one fixed wait: 500 ms after the last keystroke, then the plug is pulled.
  await sleep(Math.max(0, 500 - (Date.now() - lastKeystroke)));
  await browser.kill();
  // (No screenshot before the kill: it would add a wait of its own.)

  browser = await ProfileBrowser.launch(chromiumPath, profileDir);
  const second = browser;
  artifacts.addLog('chromium-second', () => second.log.text());
  const relaunched = await browser.page();
  artifacts.watch('after-relaunch', relaunched);
  await relaunched.goto(session.url);
  await expectHeading(relaunched, session.title);
  await expect.poll(() => noteValues(relaunched), { timeout: 20_000 }).toContain(text);
  await artifacts.milestone('after-relaunch', relaunched);
});
