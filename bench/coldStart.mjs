// Cold start offline to a focused editor, at 4× CPU throttle. A peer joins once online in
// a browser profile kept on disk (the service worker installs and precaches the app); the
// browser is closed. Each run relaunches Chromium on that profile with the network off —
// a tablet opening the app in a basement — and loads a session's URL. An init script (the
// bench's, not the app's) clicks "New note" the moment it is in the page and enabled, and
// notes when a text area takes focus (the app focuses a new note's box; before the app's
// code runs, public/early-note.js draws both). A button or box counts from when it is there
// and the page has painted (the later of the two: that script can draw them, and the bench
// click, before the first paint). Times are from navigation start (performance.timeOrigin).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  cpuThrottleRate,
  joinAndOpenFirstSession,
  launchPersistent,
  round1,
  throttle,
  waitForServiceWorker,
} from './captureClient.mjs';
import { startFloorServer } from './coldStartFloor.mjs';
import { summarise } from './lib/stats.mjs';

function watchForEditor() {
  const cold = {};
  cold.focused = new Promise((resolve) => {
    cold.resolveFocused = resolve;
  });
  // The first paint, as Chromium reports it (after the frame is shown, so it can come after
  // the focus): the box counts as there once it is both focused and painted.
  cold.painted = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return;
      observer.disconnect();
      resolve(paint.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
  // The app's own session screen, its heading (the early box has none): the box is the
  // app's from then on, and the time the app's start takes shows apart from the early box's.
  cold.appDrawn = new Promise((resolve) => {
    const appObserver = new MutationObserver(() => {
      if (!document.querySelector('h1')) return;
      cold.appDrawnAt = performance.now();
      appObserver.disconnect();
      resolve(cold.appDrawnAt);
    });
    appObserver.observe(document, { childList: true, subtree: true });
  });
  Object.defineProperty(window, '__coldStart', { value: cold });
  document.addEventListener(
    'focusin',
    (event) => {
      if (cold.editorFocusedAt === undefined && event.target instanceof HTMLTextAreaElement) {
        cold.editorFocusedAt = performance.now();
        cold.resolveFocused(cold.editorFocusedAt);
      }
    },
    true,
  );
  const look = () => {
    if (cold.newNoteAt !== undefined) return;
    const button = Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'New note' && !b.disabled,
    );
    if (!button) return;
    cold.newNoteAt = performance.now();
    observer.disconnect();
    button.click();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Waits for the note box's focus by one call that awaits the page's own promise. Polling
 * (Playwright's waitForFunction runs its check every animation frame by default) would run
 * on the page's thread during the very start it times, and more often the longer it takes.
 */
async function editorFocused(page) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no note box took focus within 30 s')), 30_000);
  });
  try {
    await Promise.race([
      page.evaluate(() => Promise.all([window.__coldStart.focused, window.__coldStart.painted])),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** One relaunch of the floor page (coldStartFloor.mjs) on its own kept profile; ms from navigation start. */
async function floorRun(profile, url) {
  const context = await launchPersistent(profile);
  try {
    await context.addInitScript(watchForEditor);
    const page = context.pages()[0] ?? (await context.newPage());
    await throttle(context, page);
    await page.goto(url, { waitUntil: 'commit' });
    await editorFocused(page);
    return await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      editorFocused: Math.max(
        window.__coldStart.editorFocusedAt,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      ),
    }));
  } finally {
    await context.close();
  }
}

/** `runs` cold starts of a session page, each beside one of the floor page; figures in ms from navigation start. */
export async function runColdStartBenchmark({ server, runs = 5 }) {
  const profile = mkdtempSync(path.join(tmpdir(), 'triangulate-cold-start-'));
  const floorProfile = mkdtempSync(path.join(tmpdir(), 'triangulate-cold-start-floor-'));
  const floor = await startFloorServer();
  try {
    // The floor's first visit fills its HTTP cache, as the app's first visit fills the precache.
    await floorRun(floorProfile, floor.url);
    const floorSamples = [];
    let sessionUrl;
    {
      const context = await launchPersistent(profile);
      const page = context.pages()[0] ?? (await context.newPage());
      sessionUrl = await joinAndOpenFirstSession(page, server, 'officer peer');
      await waitForServiceWorker(page);
      await page.getByRole('button', { name: 'New note' }).waitFor({ timeout: 30_000 });
      await context.close();
    }
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await launchPersistent(profile);
      try {
        await context.setOffline(true);
        await context.addInitScript(watchForEditor);
        const page = context.pages()[0] ?? (await context.newPage());
        await throttle(context, page);
        await page.goto(sessionUrl, { waitUntil: 'commit' });
        await editorFocused(page);
        await page.evaluate(() => window.__coldStart.appDrawn);
        samples.push(
          await page.evaluate(() => {
            const navigation = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return {
              fromServiceWorker: navigation?.workerStart > 0,
              responseEnd: navigation?.responseEnd,
              domContentLoaded: navigation?.domContentLoadedEventEnd,
              firstContentfulPaint: paint?.startTime,
              newNoteUsable: Math.max(window.__coldStart.newNoteAt, paint?.startTime),
              // A box focused before the page's first paint is not there for anyone yet.
              editorFocused: Math.max(window.__coldStart.editorFocusedAt, paint?.startTime),
              focusCalled: window.__coldStart.editorFocusedAt,
              appDrawn: window.__coldStart.appDrawnAt,
              controlled: navigator.serviceWorker.controller !== null,
              online: navigator.onLine,
            };
          }),
        );
      } finally {
        await context.close();
      }
      // Alternating with the app's runs, so both see the machine as it is at the time.
      floorSamples.push(await floorRun(floorProfile, floor.url));
    }
    const pick = (key) => summarise(samples.map((s) => s[key]).filter((v) => typeof v === 'number'));
    return {
      cpuThrottle: cpuThrottleRate,
      runs: samples.length,
      servedByServiceWorker: samples.every((s) => s.controlled && s.fromServiceWorker),
      offline: samples.every((s) => !s.online),
      responseEnd: pick('responseEnd'),
      domContentLoaded: pick('domContentLoaded'),
      firstContentfulPaint: pick('firstContentfulPaint'),
      newNoteUsable: pick('newNoteUsable'),
      editorFocused: pick('editorFocused'),
      appDrawn: pick('appDrawn'),
      samples: samples.map((s) => ({
        newNoteUsable: round1(s.newNoteUsable),
        editorFocused: round1(s.editorFocused),
        firstContentfulPaint: round1(s.firstContentfulPaint),
        appDrawn: round1(s.appDrawn),
      })),
      floor: {
        scriptBytes: floor.scriptBytes,
        firstContentfulPaint: summarise(
          floorSamples.map((s) => s.firstContentfulPaint).filter((v) => typeof v === 'number'),
        ),
        editorFocused: summarise(floorSamples.map((s) => s.editorFocused)),
      },
    };
  } finally {
    await floor.stop();
    rmSync(profile, { recursive: true, force: true });
    rmSync(floorProfile, { recursive: true, force: true });
  }
}
