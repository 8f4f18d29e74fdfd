import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { joinEngagement } from './app';
import { FailureArtifacts } from './artifacts';
import { launchBrowser } from './browser';
import { e2eContext } from './context';
import { TriangulateServer } from './server';

export type DemoJourney = { server: TriangulateServer; browser: Browser };

/**
 * The demo server (fresh data, free port) and a browser for one journey file: started
 * before its tests, stopped after. Call at the top level; the returned getter is for tests.
 */
export function demoJourneyPerFile(): () => DemoJourney {
  let journey: DemoJourney | undefined;
  beforeAll(async () => {
    const { clientDir, chromiumPath } = e2eContext();
    const server = await TriangulateServer.start({ clientDir });
    journey = { server, browser: await launchBrowser(chromiumPath) };
  });
  afterAll(async () => {
    await journey?.browser.close();
    await journey?.server.dispose();
  });
  return () => {
    if (!journey) throw new Error('setup failed');
    return journey;
  };
}

export type JoinedPeer = { context: BrowserContext; page: Page; artifacts: FailureArtifacts; engagementId: string };

/**
 * A peer in a fresh browser context of the journey's browser, joined with the demo link
 * for `role`; screenshots and the server's log are kept under `name` if the test fails.
 */
export async function joinedPeer(
  { server, browser }: DemoJourney,
  name: string,
  role: string,
  contextOptions: BrowserContextOptions = {},
): Promise<JoinedPeer> {
  const artifacts = new FailureArtifacts(name);
  artifacts.addLog('server', () => server.log.text());
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  artifacts.watch('peer', page);
  await joinEngagement(page, server, role);
  const engagementId = /\/engagements\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
  return { context, page, artifacts, engagementId };
}
