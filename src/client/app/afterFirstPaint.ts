/** How long to wait for a paint that may never come (a throttled page, or one with nothing to paint) before starting anyway. */
export const firstPaintWaitMs = 200;

type PaintClock = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & {
  document: Pick<Document, 'visibilityState'>;
  PerformanceObserver?: typeof PerformanceObserver;
};

/**
 * Runs `start` once the page has painted what it already has (index.html's text), so the
 * app's own code is fetched and run after that paint, never in front of it. The browser's
 * own record of the first paint says when; where it keeps none, a task after the next
 * frame. A hidden page paints nothing: it starts at once. A page that does not paint
 * starts after `firstPaintWaitMs` all the same.
 */
export function afterFirstPaint(start: () => void, page: PaintClock = window): void {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    start();
  };
  if (page.document.visibilityState === 'hidden') {
    startOnce();
    return;
  }
  page.setTimeout(startOnce, firstPaintWaitMs);
  if (page.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    // Delivered once the frame is on screen: a frame's callbacks run before it is painted.
    new page.PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-paint').length + entries.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        startOnce();
      }
    }).observe({ type: 'paint', buffered: true });
    return;
  }
  page.requestAnimationFrame(() => page.setTimeout(startOnce, 0));
}
