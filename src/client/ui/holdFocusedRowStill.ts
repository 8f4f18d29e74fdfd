/**
 * For a list that renders every row (the page's own scroll anchoring is off for lists,
 * styles.css): while focus is in a row that is on screen, a row above it that changes
 * height scrolls the page by as much, so the row being worked in stays under the finger
 * (a note folding above the one just tapped). Rows are observed as they come and go.
 * Returns the function that stops it.
 */
export function holdFocusedRowStill(list: HTMLElement): () => void {
  const heights = new Map<Element, number>();
  const resizes = new ResizeObserver((entries) => {
    const focusedRow = focusedRowIn(list);
    let shift = 0;
    for (const entry of entries) {
      const row = entry.target;
      const height = entry.borderBoxSize[0]?.blockSize ?? row.getBoundingClientRect().height;
      const before = heights.get(row);
      heights.set(row, height);
      if (before === undefined || !focusedRow || row === focusedRow) continue;
      if (row.compareDocumentPosition(focusedRow) & Node.DOCUMENT_POSITION_FOLLOWING) shift += height - before;
    }
    // Observers run after layout and before paint: the row is never seen to move.
    if (shift !== 0 && focusedRow && onScreen(focusedRow, shift)) window.scrollBy(0, shift);
  });
  const follow = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const gone of record.removedNodes) {
        if (!(gone instanceof Element)) continue;
        resizes.unobserve(gone);
        heights.delete(gone);
      }
      for (const added of record.addedNodes) if (added instanceof Element) resizes.observe(added);
    }
  };
  for (const row of list.children) resizes.observe(row);
  const rows = new MutationObserver(follow);
  rows.observe(list, { childList: true });
  return () => {
    rows.disconnect();
    resizes.disconnect();
  };
}

function focusedRowIn(list: HTMLElement): Element | null {
  const focused = document.activeElement;
  if (!focused || !list.contains(focused)) return null;
  let row: Element | null = focused;
  while (row && row.parentElement !== list) row = row.parentElement;
  return row;
}

/** Whether any of the row was on screen before the rows above it moved it by `shift`. */
function onScreen(row: Element, shift: number): boolean {
  const rect = row.getBoundingClientRect();
  return rect.bottom - shift > 0 && rect.top - shift < window.innerHeight;
}
