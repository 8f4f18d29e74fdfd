import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { scrollToShow, targetIndex, visibleRange } from './virtualWindow';

export type VirtualListProps<T> = {
  items: readonly T[];
  /** Every row is this tall (px); rows clip what does not fit. */
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** Height of the scrolling area (px). Without it the list measures itself (CSS sets it). */
  viewportHeight?: number;
  /** Rows rendered beyond each edge so fast scrolling shows no blank. */
  overscan?: number;
  /** When this changes the list scrolls back to the top (a new search, say). */
  scrollResetKey?: string;
  className?: string;
};

/** Height assumed before the first measurement, and where layout is unknown (tests). */
const fallbackHeight = 800;
const focusableInRow = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * A list that renders only the rows near the viewport, so thousands of items cost the
 * DOM a few dozen rows. Rows are list items that say their place in the whole list
 * (aria-setsize / aria-posinset); arrow keys, Page Up/Down, Home and End move focus
 * between rows, scrolling as they go; a focused row stays rendered when scrolled away.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, getKey, renderRow, label, viewportHeight, overscan = 6, scrollResetKey, className } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(fallbackHeight);
  const [focused, setFocused] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<number | null>(null);
  const height = viewportHeight ?? measured;

  useLayoutEffect(() => {
    const element = viewport.current;
    if (viewportHeight !== undefined || !element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setMeasured(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewportHeight]);

  // Only when scrolled: setting scrollTop forces a layout, on every keystroke of a search.
  const scrolled = scrollTop !== 0;
  const scrolledRef = useRef(scrolled);
  scrolledRef.current = scrolled;
  useLayoutEffect(() => {
    if (!scrolledRef.current) return;
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
    setFocused(null);
  }, [scrollResetKey]);

  // Focus moves after the target row has been rendered.
  useEffect(() => {
    if (focusRequest === null) return;
    const row = viewport.current?.querySelector<HTMLElement>(`[data-row-index="${focusRequest}"]`);
    (row?.querySelector<HTMLElement>(focusableInRow) ?? row)?.focus();
    setFocusRequest(null);
  }, [focusRequest]);

  const { first, end } = visibleRange(items.length, rowHeight, scrollTop, height, overscan);
  const indices: number[] = [];
  if (focused !== null && focused < first && focused < items.length) indices.push(focused);
  for (let index = first; index < end; index += 1) indices.push(index);
  if (focused !== null && focused >= end && focused < items.length) indices.push(focused);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (focused === null || !(event.target instanceof Element) || !event.target.closest('[data-row-index]')) return;
    const next = targetIndex(event.key, focused, items.length, Math.max(1, Math.floor(height / rowHeight)));
    if (next === null) return;
    event.preventDefault();
    const top = scrollToShow(next, rowHeight, viewport.current?.scrollTop ?? scrollTop, height);
    if (viewport.current) viewport.current.scrollTop = top;
    setScrollTop(top);
    setFocused(next);
    setFocusRequest(next);
  };

  return (
    <div
      ref={viewport}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      style={viewportHeight !== undefined ? { height: viewportHeight } : undefined}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = event.target.closest('[data-row-index]');
        if (row) setFocused(Number(row.getAttribute('data-row-index')));
      }}
    >
      <ul aria-label={label} className="virtual-list__rows" style={{ height: items.length * rowHeight }}>
        {indices.map((index) => {
          const item = items[index];
          if (item === undefined) return null;
          return (
            <li
              key={getKey(item)}
              data-row-index={index}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              tabIndex={-1}
              className="virtual-list__row"
              style={{ top: index * rowHeight, height: rowHeight }}
            >
              {renderRow(item, index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
