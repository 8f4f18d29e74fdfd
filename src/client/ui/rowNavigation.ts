/** Where a navigation key moves focus among `count` rows; null for other keys. */
export function targetIndex(key: string, current: number, count: number, rowsPerPage: number): number | null {
  const last = count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + rowsPerPage);
    case 'PageUp':
      return clamp(current - rowsPerPage);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
