import { useLayoutEffect, useState } from 'react';

/**
 * Where a list in the page's own scroll starts (px below the document's top), for its
 * virtualiser's scroll margin: read again whenever the page's layout changes size, null
 * until the first reading and where there is no layout (jsdom). When content above the
 * list changes height (a banner, a turned tablet's header) while the window is below the
 * list's top, the page scrolls by as much: nothing else would hold the rows on screen
 * still, as the browser's scroll anchoring is off for virtual lists.
 */
export function useListTop(list: HTMLElement | null): number | null {
  const [top, setTop] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!list || typeof ResizeObserver === 'undefined') return undefined;
    let last: number | null = null;
    // Its first report comes before the first paint.
    const observer = new ResizeObserver(() => {
      const now = Math.round(list.getBoundingClientRect().top + window.scrollY);
      if (last !== null && now !== last && window.scrollY > last) window.scrollBy(0, now - last);
      last = now;
      setTop(now);
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list]);
  return top;
}
