import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useRowHeights } from './useRowHeights';
import { estimateHeight, renderPlan, rowOffsets, variableRange } from './variableWindow';
import { useWindowViewport } from './useWindowViewport';

export type WindowVirtualListProps<T> = {
  items: readonly T[];
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** Height (px) assumed for a row until rows have been measured. */
  estimatedRowHeight: number;
  /** Lists shorter than this render every row; longer ones only rows near the viewport. */
  virtualiseFrom: number;
  /** Rendered beyond each edge of the viewport (px). */
  overscan?: number;
  /** A row to render and bring into view when this changes (a new item, say). */
  revealKey?: string | null;
  className?: string;
};

/** The top visible row: where it is in the document, and how far below the window's top. */
type Anchor = { key: string; top: number; screenTop: number };

const rowSelector = '[data-row-key]';

/**
 * A list of rows of any height in the page's own scroll: past `virtualiseFrom` rows only
 * those in or near the window are in the DOM, with blank space standing for the rest.
 * Rows are measured as they render; as measurements replace estimates, the top visible
 * row is held where it is on screen. The row holding focus stays rendered wherever the
 * page is scrolled, so nothing being typed is ever unmounted. Rows are list items that
 * say their place in the whole list (aria-setsize / aria-posinset).
 */
export function WindowVirtualList<T>(props: WindowVirtualListProps<T>) {
  const {
    items,
    getKey,
    renderRow,
    label,
    estimatedRowHeight,
    virtualiseFrom,
    overscan = 800,
    revealKey,
    className,
  } = props;
  const list = useRef<HTMLUListElement>(null);
  const anchor = useRef<Anchor | null>(null);
  const virtual = items.length >= virtualiseFrom;
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  /** Scrolls by however far the anchor row moved in the document, then picks a new anchor. */
  const holdAnchor = () => {
    const element = list.current;
    if (!element || !virtual) return;
    const held = anchor.current;
    const heldRow = held ? element.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(held.key)}"]`) : null;
    if (held && heldRow) {
      const shift = heldRow.getBoundingClientRect().top + window.scrollY - held.top;
      if (Math.abs(shift) >= 1) window.scrollBy(0, shift);
    }
    anchor.current = topVisibleRow(element);
  };
  const holdAnchorRef = useRef(holdAnchor);
  holdAnchorRef.current = holdAnchor;

  const { heights, rowRef } = useRowHeights(() => holdAnchorRef.current());
  const viewport = useWindowViewport(list, virtual, overscan / 4, () => {
    if (list.current) anchor.current = topVisibleRow(list.current);
  });
  const keys = useMemo(() => items.map(getKey), [items, getKey]);
  const offsets = useMemo(
    () => rowOffsets(keys, (key) => heights.get(key), estimateHeight(heights.values(), estimatedRowHeight)),
    [keys, heights, estimatedRowHeight],
  );

  // The window is placed from the anchor row when there is one: as estimates give way to
  // measurements the rows' offsets change, and the anchor (held still on screen) is what
  // stays true. It stays rendered itself, so the next correction can find it.
  const held = virtual ? anchor.current : null;
  const heldIndex = held ? keys.indexOf(held.key) : -1;
  const scrollTop = held && heldIndex >= 0 ? (offsets[heldIndex] ?? 0) - held.screenTop : viewport.scrollTop;
  const pinned = [focusedKey, revealKey ?? null].filter((key) => key !== null).map((key) => keys.indexOf(key));
  if (heldIndex >= 0) pinned.push(heldIndex);
  const range = virtual
    ? variableRange(offsets, scrollTop, viewport.height, overscan)
    : { first: 0, end: items.length };
  const plan = virtual
    ? renderPlan(offsets, range, pinned)
    : { rows: keys.map((_, index) => ({ index, gapBefore: 0 })), gapAfter: 0 };

  // After every render: rows that replaced blank space (or blank space that replaced rows)
  // may have moved what is on screen; put it back before the browser paints.
  useLayoutEffect(() => holdAnchorRef.current());

  // Should the rows rendered still miss part of the screen once every one of them is
  // measured (the page clamped a correction at its end, say), render again from where the
  // rows really are. While a row is unmeasured its measurement brings the next render.
  const [, setLayoutPass] = useState(0);
  const allMeasured = plan.rows.every(({ index }) => heights.has(keys[index] ?? ''));
  const { first, end } = range;
  useEffect(() => {
    const element = list.current;
    if (!virtual || !allMeasured || !element || typeof ResizeObserver === 'undefined') return;
    const needed = variableRange(offsets, -element.getBoundingClientRect().top, viewport.height, 0);
    if (needed.first < first || needed.end > end) setLayoutPass((pass) => pass + 1);
  }, [virtual, allMeasured, offsets, viewport.height, first, end]);

  const revealPresent = revealKey != null && keys.includes(revealKey);
  useLayoutEffect(() => {
    if (!revealPresent || !list.current) return;
    const row = list.current.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(revealKey)}"]`);
    // A row taller than the screen shows its focused control (a new note's text box), not its end.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = focused && row?.contains(focused) ? focused : row;
    // jsdom has no scrolling.
    if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'nearest' });
    anchor.current = topVisibleRow(list.current);
  }, [revealKey, revealPresent]);

  return (
    <ul
      ref={list}
      aria-label={label}
      className={`window-list${virtual ? ' window-list--virtual' : ''}${className ? ` ${className}` : ''}`}
      style={plan.gapAfter > 0 ? { paddingBottom: plan.gapAfter } : undefined}
      onFocus={(event) => {
        const key = event.target.closest<HTMLElement>(rowSelector)?.dataset.rowKey;
        if (key !== undefined && key !== focusedKey) setFocusedKey(key);
      }}
    >
      {plan.rows.map(({ index, gapBefore }) => {
        const item = items[index];
        const key = keys[index];
        if (item === undefined || key === undefined) return null;
        return (
          <li
            key={key}
            ref={rowRef}
            data-row-key={key}
            aria-setsize={items.length}
            aria-posinset={index + 1}
            className="window-list__row"
            style={gapBefore > 0 ? { marginTop: gapBefore } : undefined}
          >
            {renderRow(item, index)}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The row to hold still: the one holding focus while it is on screen (what is being typed
 * in must not drift away), else the first rendered row still on screen.
 */
function topVisibleRow(list: HTMLElement): Anchor | null {
  const active = document.activeElement;
  const activeRow = active && list.contains(active) ? active.closest<HTMLElement>(rowSelector) : null;
  const rows = activeRow
    ? [activeRow, ...list.querySelectorAll<HTMLElement>(rowSelector)]
    : list.querySelectorAll<HTMLElement>(rowSelector);
  for (const row of rows) {
    const box = row.getBoundingClientRect();
    const key = row.dataset.rowKey;
    if (box.bottom > 0 && box.top < window.innerHeight && key !== undefined) {
      return { key, top: box.top + window.scrollY, screenTop: box.top };
    }
  }
  return null;
}
