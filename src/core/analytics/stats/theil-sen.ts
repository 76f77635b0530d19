import { median } from './median.ts';

/** A Theil–Sen line: y ≈ intercept + slope · x. */
export interface TheilSenLine {
  /** Median of the pairwise slopes (y units per x unit). */
  slope: number;
  /** Median of the residual offsets y − slope · x. */
  intercept: number;
}

/**
 * Theil–Sen estimator of a straight line (SPEC §3 Trend, Forecast).
 *
 * - slope = median of (yj − yi) / (xj − xi) over all pairs i < j with xi ≠ xj (Sen 1968, which
 *   allows ties in x by skipping those pairs);
 * - intercept = median of (yi − slope · xi) over all points (Conover's convention, scipy's
 *   `theilslopes(method='joint')`), not median(y) − slope · median(x).
 *
 * A zero slope or intercept is always +0, never −0.
 *
 * Runs in O(n² log n) time and O(n²) memory. Inputs must be finite numbers of equal length
 * (callers clean them); a length mismatch is a bug and throws.
 *
 * @param xs the abscissae (for a trend, the period's calendar index).
 * @param ys the values, `ys[i]` observed at `xs[i]`.
 * @returns the line, or `null` when fewer than two distinct x values exist.
 */
export function theilSen(xs: ArrayLike<number>, ys: ArrayLike<number>): TheilSenLine | null {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`theilSen: ${n} xs but ${ys.length} ys`);
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = xs[i]!;
    const yi = ys[i]!;
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xi;
      if (dx !== 0) slopes.push((ys[j]! - yi) / dx);
    }
  }
  const slope = median(slopes);
  if (slope === null || !Number.isFinite(slope)) return null;
  const offsets = new Float64Array(n);
  for (let i = 0; i < n; i++) offsets[i] = ys[i]! - slope * xs[i]!;
  const intercept = median(offsets);
  if (intercept === null || !Number.isFinite(intercept)) return null;
  // `+ 0` turns −0 (e.g. 0 / −1) into 0, so a flat series never reads as "−0 per period".
  return { slope: slope + 0, intercept: intercept + 0 };
}
