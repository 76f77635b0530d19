import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { median } from './median.ts';

/** The seasonal Kendall statistic, its normal approximation and the seasonal Sen slope. */
export interface SeasonalKendallResult {
  /** S = Σ over seasons of Σ over i < j (in time) of sign(y[j] − y[i]). */
  readonly s: number;
  /** Σ over seasons of the tie-corrected Mann–Kendall variance of that season. */
  readonly varS: number;
  /** (S ∓ 1)/√var (continuity correction), 0 for S = 0; null when var is 0. */
  readonly z: number | null;
  /** Two-sided p of z under the standard normal; null when var is 0. */
  readonly p: number | null;
  /** Median of the within-season pairwise slopes (y per x unit); null without a pair. */
  readonly slope: number | null;
}

/**
 * Seasonal Kendall test (Hirsch, Slack & Smith 1982, "Techniques of trend analysis for monthly
 * water quality data", Water Resources Research 18(1)): the Mann–Kendall S and its tie-corrected
 * variance are computed within each season (e.g. all Januaries) and summed, so a seasonal
 * pattern cannot pass for a trend; z with the continuity correction, two-sided. The slope is the
 * seasonal Kendall slope estimator of the same paper: the median of the slopes between values of
 * one season. Seasons are assumed independent (no Hirsch–Slack 1984 covariance term).
 *
 * @param seasons per season, the points oldest first as `{x, y}`; x is the calendar index.
 */
export function seasonalKendall(
  seasons: readonly (readonly { readonly x: number; readonly y: number }[])[],
): SeasonalKendallResult {
  let s = 0;
  let varS = 0;
  const slopes: number[] = [];
  for (const season of seasons) {
    const n = season.length;
    if (n < 2) continue;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dy = season[j]!.y - season[i]!.y;
        s += Math.sign(dy);
        const dx = season[j]!.x - season[i]!.x;
        if (dx !== 0) slopes.push(dy / dx);
      }
    }
    varS += (n * (n - 1) * (2 * n + 5) - tieTerm(season.map((p) => p.y))) / 18;
  }
  const m = median(slopes);
  const slope = m === null || !Number.isFinite(m) ? null : m + 0;
  if (varS <= 0) return { s, varS: 0, z: null, p: null, slope };
  const sd = Math.sqrt(varS);
  const z = s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { s, varS, z, p, slope };
}

/** Σ t(t − 1)(2t + 5) over groups of t equal values. */
function tieTerm(ys: readonly number[]): number {
  const sorted = Float64Array.from(ys).sort();
  let ties = 0;
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) run++;
    else {
      ties += run * (run - 1) * (2 * run + 5);
      run = 1;
    }
  }
  return ties;
}
