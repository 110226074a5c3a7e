/**
 * Histogram buckets for the statistics page. The bounds are shared with the SQL that counts the
 * cards (PostgreSQL `width_bucket(x, bounds)`: bucket i holds bounds[i-1] <= x < bounds[i]), so
 * `bucketIndex` here and the database always agree.
 */

/** FSRS stability (days until recall probability falls to 90 %), lower bounds of buckets 1…8. */
export const STABILITY_BOUNDS = [1, 3, 7, 14, 30, 90, 180, 365] as const;
export const STABILITY_LABELS = ["<1d", "1–3d", "3–7d", "1–2w", "2w–1m", "1–3m", "3–6m", "6m–1y", ">1y"] as const;

/** FSRS difficulty runs from 1 to 10: ten bins of width 0.9. */
export const DIFFICULTY_BOUNDS = Array.from({ length: 9 }, (_, i) => Math.round((1 + 0.9 * (i + 1)) * 10) / 10);
export const DIFFICULTY_LABELS = [1, ...DIFFICULTY_BOUNDS].map((lo, i) => `${trim(lo)}–${trim(DIFFICULTY_BOUNDS[i] ?? 10)}`);

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Number of bounds that are <= value: the same index PostgreSQL's width_bucket returns. */
export function bucketIndex(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length && bounds[i]! <= value) i++;
  return i;
}

export type BucketCount = { label: string; count: number };

/** One entry per label, 0 where the query found no card; unknown indexes are ignored. */
export function fillBuckets(rows: readonly { bucket: number; count: number }[], labels: readonly string[]): BucketCount[] {
  const counts = labels.map(() => 0);
  for (const r of rows) if (r.bucket >= 0 && r.bucket < labels.length) counts[r.bucket]! += r.count;
  return labels.map((label, i) => ({ label, count: counts[i]! }));
}
