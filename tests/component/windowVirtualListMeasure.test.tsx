// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WindowVirtualList } from '../../src/client/ui/WindowVirtualList';

/** A ResizeObserver the test drives: it reports the sizes the test says rows have. */
class FakeResizeObserver {
  static current: FakeResizeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.current = this;
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
  report(height: number) {
    const entries = [...this.observed].map((target) => ({
      target,
      borderBoxSize: [{ blockSize: height, inlineSize: 600 }],
    }));
    this.callback(entries as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver);
  }
}

const items = Array.from({ length: 1000 }, (_, index) => `Row ${index + 1}`);

function renderList() {
  return render(
    <WindowVirtualList
      items={items}
      getKey={(item) => item}
      renderRow={(item) => <p>{item}</p>}
      label="Rows"
      estimatedRowHeight={100}
      virtualiseFrom={50}
      overscan={400}
    />,
  );
}

beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WindowVirtualList measuring its rows', () => {
  it('renders rows for the window by estimate, then as many more as fit once they measure smaller', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Rows' });
    const before = within(list).getAllByRole('listitem');
    // jsdom's window is 768 px tall: 768 + 400 px of overscan at 100 px a row.
    expect(before).toHaveLength(12);
    expect(before[0]).toHaveAttribute('aria-setsize', '1000');
    expect(before[0]).toHaveAttribute('aria-posinset', '1');
    expect(list.style.paddingBottom).toBe(`${(1000 - 12) * 100}px`);

    act(() => FakeResizeObserver.current?.report(40));
    const after = within(list).getAllByRole('listitem');
    // (768 + 400) / 40 = 29.2: rows 1 to 30.
    expect(after).toHaveLength(30);
    expect(after.at(-1)).toHaveAttribute('aria-posinset', '30');
    // Unmeasured rows now take the measured mean too.
    expect(list.style.paddingBottom).toBe(`${(1000 - 30) * 40}px`);
  });

  it('renders every row of a list shorter than its threshold', () => {
    render(
      <WindowVirtualList
        items={items.slice(0, 49)}
        getKey={(item) => item}
        renderRow={(item) => <p>{item}</p>}
        label="Rows"
        estimatedRowHeight={100}
        virtualiseFrom={50}
      />,
    );
    expect(within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem')).toHaveLength(49);
  });
});
