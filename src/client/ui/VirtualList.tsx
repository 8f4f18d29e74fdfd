import { observeElementRect, useVirtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { keepingRows } from './keepingRows';
import { targetIndex } from './rowNavigation';

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

type RectObserver = VirtualizerOptions<HTMLDivElement, HTMLLIElement>['observeElementRect'];

/** Height assumed where layout is unknown (tests). */
const fallbackHeight = 800;
const focusableInRow = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * A scrolling list that renders only the rows near its viewport (@tanstack/react-virtual),
 * so thousands of items cost the DOM a few dozen rows. Rows are list items that say their
 * place in the whole list (aria-setsize / aria-posinset); arrow keys, Page Up/Down, Home
 * and End move focus between rows, scrolling as they go; a focused row stays rendered
 * when scrolled away.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, getKey, renderRow, label, viewportHeight, overscan = 6, scrollResetKey, className } = props;
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  // The focused row belongs to the results it was focused in: a new search forgets it.
  const [focus, setFocus] = useState<{ index: number; resetKey: string | undefined } | null>(null);
  const focused = focus && focus.resetKey === scrollResetKey && focus.index < items.length ? focus.index : null;

  const observeRect = useCallback<RectObserver>(
    (instance, report) =>
      observeElementRect(instance, (rect) =>
        report(rect.height > 0 ? rect : { ...rect, height: viewportHeight ?? fallbackHeight }),
      ),
    [viewportHeight],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: items.length,
    getScrollElement: useCallback(() => viewport, [viewport]),
    estimateSize: useCallback(() => rowHeight, [rowHeight]),
    overscan,
    rangeExtractor: useMemo(() => keepingRows(focused === null ? [] : [focused]), [focused]),
    observeElementRect: observeRect,
  });

  // Only when scrolled: setting scrollTop forces a layout, on every keystroke of a search.
  useLayoutEffect(() => {
    if (viewport && (virtualizer.scrollOffset ?? 0) > 0) viewport.scrollTop = 0;
  }, [scrollResetKey, viewport, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (focused === null || !(event.target instanceof Element) || !event.target.closest('[data-index]')) return;
    const rowsPerPage = Math.max(1, Math.floor((virtualizer.scrollRect?.height ?? fallbackHeight) / rowHeight));
    const next = targetIndex(event.key, focused, items.length, rowsPerPage);
    if (next === null) return;
    event.preventDefault();
    // The row is rendered (kept as the focused one) before focus moves into it.
    flushSync(() => setFocus({ index: next, resetKey: scrollResetKey }));
    const row = viewport?.querySelector<HTMLElement>(`[data-index="${next}"]`);
    (row?.querySelector<HTMLElement>(focusableInRow) ?? row)?.focus({ preventScroll: true });
    virtualizer.scrollToIndex(next);
  };

  return (
    <div
      ref={setViewport}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      style={viewportHeight !== undefined ? { height: viewportHeight } : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const row = event.target.closest('[data-index]');
        const index = Number(row?.getAttribute('data-index'));
        if (row && index !== focused) setFocus({ index, resetKey: scrollResetKey });
      }}
    >
      <ul aria-label={label} className="virtual-list__rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={getKey(item)}
              data-index={row.index}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              tabIndex={-1}
              className="virtual-list__row"
              style={{ top: row.start, height: rowHeight }}
            >
              {renderRow(item, row.index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
