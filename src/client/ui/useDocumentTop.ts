import { useLayoutEffect, useState } from 'react';

/**
 * Where `element` starts in the page (px below the document's top): a list in the page's
 * own scroll gives it to its virtualiser as the scroll margin. Read again whenever the
 * page's layout changes size (a banner above, the notes list above the deleted ones growing);
 * 0 until the first reading, and where there is no layout to read (jsdom).
 */
export function useDocumentTop(element: HTMLElement | null): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // Its first report comes before the first paint.
    const observer = new ResizeObserver(() => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY)));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return top;
}
