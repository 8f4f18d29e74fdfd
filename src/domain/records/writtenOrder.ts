/**
 * Orders two strings by their characters' codes: ISO 8601 times in time order and ids
 * the same way on every device. Not localeCompare, which follows the device's language
 * and whose first call loads ICU's collation data (40–80 ms on a slow tablet, at the
 * session screen's first render: bench/RESULTS.md, issue 10).
 */
export function inWrittenOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
