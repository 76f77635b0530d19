/**
 * The few statistics the generators' self-check needs (SPEC §3 Trend, Lead/lag evidence). This is
 * a small independent implementation so the example can be checked before, and against, the
 * product's analytics.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Theil–Sen slope: the median of the slopes between every pair of points with distinct x. */
export function theilSen(xs: readonly number[], ys: readonly number[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[j] !== xs[i]) slopes.push((ys[j]! - ys[i]!) / (xs[j]! - xs[i]!));
    }
  }
  return slopes.length === 0 ? null : median(slopes);
}

/**
 * Mann–Kendall trend test, two-sided p-value: normal approximation with the tie correction of the
 * variance and the continuity correction.
 */
export function mannKendall(ys: readonly number[]): { s: number; p: number } | null {
  const n = ys.length;
  if (n < 3) return null;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(ys[j]! - ys[i]!);
  }
  const ties = new Map<number, number>();
  for (const y of ys) ties.set(y, (ties.get(y) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  if (variance <= 0) return { s, p: 1 };
  const z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
  return { s, p: 2 * (1 - normalCdf(Math.abs(z), 0, 1)) };
}

/** Pearson correlation with its two-sided p-value (t test, n − 2 degrees of freedom). */
export function pearson(
  xs: readonly number[],
  ys: readonly number[],
): { r: number; n: number; p: number } | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  if (Math.abs(r) === 1) return { r, n, p: 0 };
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  return { r, n, p: 2 * (1 - tCdf(Math.abs(t), n - 2)) };
}
