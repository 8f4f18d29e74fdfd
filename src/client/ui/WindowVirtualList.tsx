import {
  measureElement,
  useWindowVirtualizer,
  type VirtualItem,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { holdFocusedRowStill } from './holdFocusedRowStill';
import { keepingRows } from './keepingRows';
import { useListTop } from './useListTop';

export type WindowVirtualListProps<T> = {
  items: readonly T[];
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** Height (px) assumed for a row until it has been measured. */
  estimatedRowHeight: number;
  /** Lists shorter than this render every row; longer ones only rows near the viewport. */
  virtualiseFrom: number;
  /** Rows rendered beyond each edge of the window, so a quick scroll or Tab finds them there. */
  overscan?: number;
  /** A row to render and bring into view when this changes (a new item, say). */
  revealKey?: string | null;
  className?: string;
};

type WindowVirtualizer = Virtualizer<Window, HTMLLIElement>;

/**
 * A list of rows of any height in the page's own scroll: past `virtualiseFrom` rows only
 * those in or near the window are in the DOM (@tanstack/react-virtual), with blank space
 * standing for the rest. Rows are measured as they render; as measurements replace
 * estimates the top visible row, or the focused one while it is on screen, is held still.
 * The row holding focus stays rendered wherever the page is scrolled, so nothing being
 * typed is ever unmounted. A shorter list, all rendered, holds the focused row still too. Rows are list items that say their place in the whole list
 * (aria-setsize / aria-posinset).
 */
export function WindowVirtualList<T>(props: WindowVirtualListProps<T>) {
  const {
    items,
    getKey,
    renderRow,
    label,
    estimatedRowHeight,
    virtualiseFrom,
    overscan = 3,
    revealKey,
    className,
  } = props;
  const virtual = items.length >= virtualiseFrom;
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const keys = useMemo(() => items.map(getKey), [items, getKey]);
  const focusedIndex = focusedKey === null ? -1 : keys.indexOf(focusedKey);
  const revealIndex = revealKey == null ? -1 : keys.indexOf(revealKey);
  const scrollMargin = useListTop(virtual ? list : null) ?? 0;

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: items.length,
    enabled: virtual,
    estimateSize: useCallback(() => estimatedRowHeight, [estimatedRowHeight]),
    getItemKey: useCallback((index: number) => keys[index] ?? index, [keys]),
    overscan,
    scrollMargin,
    rangeExtractor: useMemo(() => keepingRows([focusedIndex, revealIndex]), [focusedIndex, revealIndex]),
    measureElement: measureRow,
  });

  // The library keeps still what is above the window's top as rows are measured; while the
  // focused row is on screen it is that row instead (what is being typed must not drift).
  useLayoutEffect(() => holdStillOnResize(virtualizer, focusedIndex), [virtualizer, focusedIndex]);

  // A list rendering every row holds the focused row still itself. jsdom has no ResizeObserver.
  useLayoutEffect(() => {
    if (virtual || !list || typeof ResizeObserver === 'undefined') return;
    return holdFocusedRowStill(list);
  }, [virtual, list]);

  const revealPresent = revealIndex >= 0;
  useLayoutEffect(() => {
    if (!revealPresent || revealKey == null || !list) return;
    const row = list.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(revealKey)}"]`);
    // A row taller than the screen shows its focused control (a new note's text box), not its end.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = focused && row?.contains(focused) ? focused : row;
    // jsdom has no scrolling.
    if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'nearest' });
  }, [revealKey, revealPresent, list]);

  const rows = virtual ? virtualizer.getVirtualItems() : null;
  const listStart = virtualizer.options.scrollMargin;
  const lastEnd = rows?.at(-1)?.end ?? listStart;
  const gapAfter = rows ? virtualizer.getTotalSize() - (lastEnd - listStart) : 0;

  return (
    <ul
      ref={setList}
      aria-label={label}
      className={`window-list${virtual ? ' window-list--virtual' : ''}${className ? ` ${className}` : ''}`}
      style={gapAfter > 0 ? { paddingBottom: gapAfter } : undefined}
      onFocus={(event) => {
        const key = event.target.closest<HTMLElement>('[data-row-key]')?.dataset.rowKey;
        if (key !== undefined && key !== focusedKey) setFocusedKey(key);
      }}
    >
      {rows
        ? rows.map((row, position) => {
            const item = items[row.index];
            const key = keys[row.index];
            if (item === undefined || key === undefined) return null;
            // Rows are in the page's flow; blank space stands for the rows left out above each.
            const gapBefore = row.start - (rows[position - 1]?.end ?? listStart);
            return (
              <li
                key={key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                data-row-key={key}
                aria-setsize={items.length}
                aria-posinset={row.index + 1}
                className="window-list__row"
                style={gapBefore > 0 ? { marginTop: gapBefore } : undefined}
              >
                {renderRow(item, row.index)}
              </li>
            );
          })
        : items.map((item, index) => (
            <li
              key={keys[index]}
              data-row-key={keys[index]}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              className="window-list__row"
            >
              {renderRow(item, index)}
            </li>
          ))}
    </ul>
  );
}

/**
 * A row that measures 0 is being taken out of the page, or is hidden (a closed
 * <details>), or there is no layout (jsdom): it keeps what it measured before, or the estimate.
 */
const measureRow: VirtualizerOptions<Window, HTMLLIElement>['measureElement'] = (element, entry, instance) => {
  const size = measureElement(element, entry, instance);
  if (size > 0) return size;
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
};

/** The library's documented hook for this is a property of the virtualiser, set here. */
function holdStillOnResize(virtualizer: WindowVirtualizer, focusedIndex: number): void {
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    isAboveHeldRow(item, focusedIndex, instance);
}

/**
 * Whether a row that changed size is above the row held still on screen, so the page
 * scrolls by the change: the focused row while any of it is on screen, else the row at
 * the window's top. Not for a row measured again while scrolling up unless focus is held
 * (as the library's default: corrections then fight the scroll).
 */
function isAboveHeldRow(item: VirtualItem, focusedIndex: number, instance: WindowVirtualizer): boolean {
  const top = instance.scrollOffset ?? 0;
  // Also brings the rows' places up to date with the sizes measured so far in this batch.
  const topRow = instance.getVirtualItemForOffset(top);
  const focused = focusedIndex >= 0 ? instance.measurementsCache[focusedIndex] : undefined;
  const bottom = top + (instance.scrollRect?.height ?? 0);
  if (focused && focused.end > top && focused.start < bottom) return item.index < focusedIndex;
  if (instance.itemSizeCache.has(item.key) && instance.scrollDirection === 'backward') return false;
  return topRow !== undefined && item.index < topRow.index;
}
