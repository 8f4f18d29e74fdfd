/** Nearest-rank percentile of a list of numbers (p in 0–100); undefined when empty. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** count, p50, p95, p99, max and mean of latencies in ms, rounded to 0.1 ms. */
export function summarise(values) {
  const round = (value) => (value === undefined ? undefined : Math.round(value * 10) / 10);
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? values.reduce((a, b) => (b > a ? b : a)) : undefined),
    mean: round(values.length ? sum / values.length : undefined),
  };
}
