// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../src/client/ui/VirtualList';

const items = Array.from({ length: 5000 }, (_, index) => `Result ${index + 1}`);

function list(resetKey = 'first search') {
  return (
    <VirtualList
      items={items}
      rowHeight={100}
      getKey={(item) => item}
      renderRow={(item) => <a href={`#${item}`}>{item}</a>}
      label="Results"
      viewportHeight={600}
      overscan={2}
      scrollResetKey={resetKey}
    />
  );
}

const rows = () => within(screen.getByRole('list', { name: 'Results' })).getAllByRole('listitem');
const positions = () => rows().map((row) => Number(row.getAttribute('aria-posinset')));
const scroller = () => screen.getByRole('list', { name: 'Results' }).parentElement ?? document.body;

/** jsdom keeps scrollTop but sends no scroll event: the test sends it. */
function scrollTo(top: number) {
  act(() => {
    scroller().scrollTop = top;
    fireEvent.scroll(scroller());
  });
}

afterEach(cleanup);

describe('VirtualList', () => {
  it('renders the rows in its viewport and the overscan, each saying its place in the whole list', () => {
    render(list());
    // 600 px at 100 px a row: rows 1 to 6 fill the viewport, and 2 more below.
    expect(positions()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows()[0]).toHaveAttribute('aria-setsize', '5000');
    expect(screen.getByRole('list', { name: 'Results' })).toHaveStyle({ height: '500000px' });
    scrollTo(100_000);
    expect(positions()[0]).toBe(999);
    expect(rows().length).toBeLessThan(15);
  });

  it('moves focus between rows with the arrow keys, Page Down, Home and End, scrolling as it goes', async () => {
    render(list());
    const user = userEvent.setup();
    await user.click(within(rows()[0] ?? document.body).getByRole('link'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('Result 2');
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toHaveTextContent('Result 8');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Result 5000');
    expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '5000');
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveTextContent('Result 1');
  });

  it('keeps the focused row mounted when scrolled far away from it', async () => {
    render(list());
    const user = userEvent.setup();
    const first = within(rows()[0] ?? document.body).getByRole('link');
    await user.click(first);
    scrollTo(200_000);
    expect(positions()[0]).toBe(1);
    expect(positions()[1]).toBe(1999);
    expect(first).toHaveFocus();
  });

  it('goes back to the top, and forgets the focused row, when its reset key changes', async () => {
    const { rerender } = render(list());
    const user = userEvent.setup();
    await user.click(within(rows()[0] ?? document.body).getByRole('link'));
    scrollTo(200_000);
    rerender(list('second search'));
    expect(scroller().scrollTop).toBe(0);
    fireEvent.scroll(scroller());
    expect(positions()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Row 1 was focused in the old results: it is no longer kept.
    scrollTo(200_000);
    expect(positions()[0]).toBe(1999);
  });
});
