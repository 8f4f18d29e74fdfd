// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WindowVirtualList } from '../../src/client/ui/WindowVirtualList';

/** A ResizeObserver the test drives: it reports the heights the test says rows now have. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  static report(heights: ReadonlyMap<Element, number>) {
    for (const observer of FakeResizeObserver.all) {
      const entries = [...heights]
        .filter(([target]) => observer.observed.has(target))
        .map(([target, height]) => ({ target, borderBoxSize: [{ blockSize: height, inlineSize: 600 }] }));
      if (entries.length > 0)
        observer.callback(entries as unknown as ResizeObserverEntry[], observer as unknown as ResizeObserver);
    }
  }
}

/** jsdom has no scrolling: the window's scroll position is the test's, and scrollTo moves it. */
function stubWindowScroll(start: number) {
  let scrollY = start;
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
  const scrollTo = vi.fn((options?: ScrollToOptions | number) => {
    if (typeof options === 'object' && options.top !== undefined) scrollY = options.top;
  });
  vi.stubGlobal('scrollTo', scrollTo);
  return { scrollTo, scrollBy: (delta: number) => (scrollY += delta), now: () => scrollY };
}

/** Every element is `height` px tall to offsetHeight (jsdom has no layout). */
function stubRowHeight(height: number) {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(height);
}

const items = Array.from({ length: 1000 }, (_, index) => `Row ${index + 1}`);

function renderList(count = items.length) {
  return render(
    <WindowVirtualList
      items={items.slice(0, count)}
      getKey={(item) => item}
      renderRow={(item) => <button type="button">{item}</button>}
      label="Rows"
      estimatedRowHeight={100}
      virtualiseFrom={50}
      overscan={3}
    />,
  );
}

const list = () => screen.getByRole('list', { name: 'Rows' });
const rows = () => within(list()).getAllByRole('listitem');
const row = (position: number) => rows().find((element) => element.getAttribute('aria-posinset') === String(position));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  FakeResizeObserver.all = [];
});

describe('WindowVirtualList', () => {
  it('renders every row of a list shorter than its threshold, each saying its place', () => {
    renderList(49);
    expect(rows()).toHaveLength(49);
    expect(rows()[48]).toHaveAttribute('aria-posinset', '49');
    expect(rows()[48]).toHaveAttribute('aria-setsize', '49');
  });

  it('past its threshold renders the rows in the window by estimate, blank space standing for the rest', () => {
    renderList();
    // jsdom's window is 768 px tall: rows 1 to 8 at 100 px each, and 3 more below.
    expect(rows()).toHaveLength(11);
    expect(rows()[0]).toHaveAttribute('aria-setsize', '1000');
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    expect(list().style.paddingBottom).toBe(`${(1000 - 11) * 100}px`);
  });

  it('measures rows as they render, and renders as many more as fit', () => {
    stubRowHeight(40);
    renderList();
    // 768 / 40: rows 1 to 20 meet the window, and 3 more below.
    expect(rows()).toHaveLength(23);
    expect(rows().at(-1)).toHaveAttribute('aria-posinset', '23');
    expect(list().style.paddingBottom).toBe(`${(1000 - 23) * 100}px`);
  });

  it('keeps the focused row mounted when the page scrolls far away from it', () => {
    const scroll = stubWindowScroll(0);
    renderList();
    act(() =>
      within(row(1) ?? document.body)
        .getByRole('button')
        .focus(),
    );
    act(() => {
      scroll.scrollBy(50_000);
      fireEvent.scroll(window);
    });
    // Row 501 is at 50,000 px; the focused row 1 is still there, before it.
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows()[1]).toHaveAttribute('aria-posinset', '498');
    expect(rows().length).toBeLessThan(20);
    expect(within(rows()[0] ?? document.body).getByRole('button')).toHaveFocus();
  });

  it('holds the top visible row still as rows above it are measured', () => {
    const scroll = stubWindowScroll(5_000);
    stubRowHeight(50);
    renderList();
    // Row 51 was at the window's top (50 × 100 px above it). Rows 48 to 50 rendered above it
    // measured 50 px, not 100: the page scrolled up by 150 px, so row 51 is still at the top.
    expect(scroll.now()).toBe(4_850);
    expect(row(51)).toBeInTheDocument();
    expect(row(48)).toBeInTheDocument();
  });

  it('holds the focused row still while rows above it on screen grow', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const scroll = stubWindowScroll(0);
    renderList();
    act(() =>
      within(row(6) ?? document.body)
        .getByRole('button')
        .focus(),
    );
    act(() =>
      FakeResizeObserver.report(
        new Map([
          [row(3) ?? document.body, 150],
          [row(4) ?? document.body, 150],
        ]),
      ),
    );
    // Rows 3 and 4 grew by 50 px each: the page scrolled down by as much, so row 6 stays put.
    expect(scroll.now()).toBe(100);
  });

  it('leaves the page where it is when rows below the window’s top grow and nothing is focused', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const scroll = stubWindowScroll(0);
    renderList();
    act(() => FakeResizeObserver.report(new Map([[row(3) ?? document.body, 150]])));
    expect(scroll.now()).toBe(0);
    expect(scroll.scrollTo).not.toHaveBeenCalledWith(expect.objectContaining({ top: 50 }));
  });

  it('keeps its rows where they are on screen when content above the list changes height', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const scroll = stubWindowScroll(5_000);
    const scrollBy = vi.fn((_x: number, y: number) => scroll.scrollBy(y));
    vi.stubGlobal('scrollBy', scrollBy);
    renderList();
    const placeList = (top: number) =>
      vi
        .spyOn(list(), 'getBoundingClientRect')
        .mockImplementation(() => DOMRect.fromRect({ x: 0, y: top - scroll.now(), width: 800, height: 100_000 }));
    placeList(200);
    act(() => FakeResizeObserver.report(new Map([[document.body, 100_000]])));
    expect(scrollBy).not.toHaveBeenCalled();
    // A banner of 100 px appears above the list.
    placeList(300);
    act(() => FakeResizeObserver.report(new Map([[document.body, 100_100]])));
    expect(scrollBy).toHaveBeenCalledWith(0, 100);
    expect(scroll.now()).toBe(5_100);
  });

  it('renders a row to reveal wherever it is, and brings it into view', () => {
    const scrollIntoView = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrollIntoView;
    const { rerender } = renderList();
    rerender(
      <WindowVirtualList
        items={items}
        getKey={(item) => item}
        renderRow={(item) => <button type="button">{item}</button>}
        label="Rows"
        estimatedRowHeight={100}
        virtualiseFrom={50}
        revealKey="Row 1000"
      />,
    );
    expect(rows().at(-1)).toHaveAttribute('aria-posinset', '1000');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
    expect(scrollIntoView.mock.contexts[0]).toBe(row(1000));
    Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
  });
});
