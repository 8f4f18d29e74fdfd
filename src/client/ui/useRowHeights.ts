import { useCallback, useEffect, useRef, useState } from 'react';

export type RowHeights = {
  /** Measured border-box heights by row key (rows render with data-row-key); a new map when one changes. */
  heights: ReadonlyMap<string, number>;
  /** Ref callback for each row element: observed while mounted. */
  rowRef: (element: HTMLElement | null) => (() => void) | undefined;
};

/**
 * Measures rendered rows with one ResizeObserver. Where there is none (jsdom) nothing is
 * measured and the list goes on with its estimate, so tests still find the first rows.
 * `onMeasured` runs inside the observer callback, before paint: the list keeps what is
 * on screen still there, rather than a frame later.
 */
export function useRowHeights(onMeasured: () => void): RowHeights {
  const heights = useRef(new Map<string, number>());
  const [snapshot, setSnapshot] = useState<ReadonlyMap<string, number>>(() => new Map());
  const observer = useRef<ResizeObserver | null>(null);
  const onMeasuredRef = useRef(onMeasured);
  onMeasuredRef.current = onMeasured;

  const mounted = useRef(new Set<HTMLElement>());

  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return undefined;
    const resizeObserver = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        if (!(entry.target instanceof HTMLElement)) continue;
        const key = entry.target.dataset.rowKey;
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.offsetHeight;
        // A row being taken out of the page reports 0: keep what it measured before.
        if (key === undefined || height <= 0) continue;
        if (Math.abs((heights.current.get(key) ?? -1) - height) < 0.5) continue;
        heights.current.set(key, height);
        changed = true;
      }
      if (!changed) return;
      onMeasuredRef.current();
      setSnapshot(new Map(heights.current));
    });
    for (const element of mounted.current) resizeObserver.observe(element);
    observer.current = resizeObserver;
    return () => {
      resizeObserver.disconnect();
      observer.current = null;
    };
  }, []);

  const rowRef = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    mounted.current.add(element);
    observer.current?.observe(element);
    return () => {
      mounted.current.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);

  return { heights: snapshot, rowRef };
}
