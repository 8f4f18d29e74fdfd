import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
