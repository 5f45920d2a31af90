// Percentiles over every recorded latency (not autocannon's bucketed histogram, which has no p95).

/**
 * The p-th percentile (0–100) of the values by the nearest-rank method: the smallest value with at
 * least p % of the values at or below it. `sorted` must be ascending; NaN when it is empty.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export type LatencySummary = { count: number; p50: number; p95: number; p97_5: number; p99: number; max: number };

/** p50/p95/p97.5/p99/max of all latencies (ms), rounded to 0.1 ms. */
export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  const r = (v: number) => (Number.isNaN(v) ? Number.NaN : Math.round(v * 10) / 10);
  return { count: list.length, p50: r(percentile(list, 50)), p95: r(percentile(list, 95)), p97_5: r(percentile(list, 97.5)), p99: r(percentile(list, 99)), max: r(list.at(-1) ?? Number.NaN) };
}
