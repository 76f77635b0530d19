import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** The Mann–Kendall trend statistic and its normal approximation. */
export interface MannKendallResult {
  /** S = Σ over i < j of sign(y[j] − y[i]); positive for a rising series. */
  s: number;
  /** Var(S) under H0 with the tie correction: [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18. */
  varS: number;
  /** (S − 1)/√var for S > 0, (S + 1)/√var for S < 0, 0 for S = 0; `null` when var is 0. */
  z: number | null;
  /** Two-sided p-value of z under the standard normal; `null` when var is 0. */
  p: number | null;
}

/**
 * Mann–Kendall test for a monotonic trend (SPEC §3 Trend), two-sided, normal approximation with
 * the tie-corrected variance (t = size of each group of equal values) and the continuity
 * correction.
 *
 * The series is taken in the given order; only the order of the values matters, not their
 * spacing. Values must be finite numbers (callers clean them).
 *
 * @param ys the series, oldest first.
 * @returns `null` when n < 3 (too short to test); `{s, varS, z: null, p: null}` when every value is
 *   equal, so the variance is 0 and no z can be formed; else the full result.
 */
export function mannKendall(ys: ArrayLike<number>): MannKendallResult | null {
  const n = ys.length;
  if (n < 3) return null;

  let s = 0;
  for (let i = 0; i < n; i++) {
    const yi = ys[i]!;
    for (let j = i + 1; j < n; j++) s += Math.sign(ys[j]! - yi);
  }

  // Sizes of the groups of equal values, read off the sorted copy.
  const sorted = Float64Array.from(ys).sort();
  let ties = 0;
  let run = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && sorted[i] === sorted[i - 1]) {
      run++;
    } else {
      ties += run * (run - 1) * (2 * run + 5);
      run = 1;
    }
  }
  const varS = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  if (varS <= 0) return { s, varS: 0, z: null, p: null };

  const sd = Math.sqrt(varS);
  const z = s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
  // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)) keeps small p-values accurate.
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { s, varS, z, p };
}
