import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { centredSums } from './centred-sums.ts';

/** A Pearson correlation with its significance. */
export interface PearsonResult {
  /** The correlation coefficient, in [−1, 1]. */
  r: number;
  /** Number of pairs used. */
  n: number;
  /** Two-sided p-value of H0: ρ = 0, from Student's t with n − 2 degrees of freedom. */
  p: number;
}

/**
 * Pearson correlation of paired samples (SPEC §3 Lead/lag evidence) and its two-sided p-value:
 * t = r·√((n − 2)/(1 − r²)) against Student's t with n − 2 df; p = 0 when |r| = 1.
 *
 * Uses two-pass centred sums (`centredSums`), so a constant series is detected exactly, a large
 * common offset (1e12) costs no precision and no magnitude overflows. Inputs must be finite numbers
 * of equal length (callers clean and pair them); a length mismatch is a bug and throws.
 *
 * @param xs the first series (for lead/lag, the leading KPI's differences at t − lag).
 * @param ys the second series, paired with `xs` by index.
 * @returns `null` when n < 3 or either series has zero variance (r is undefined).
 */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): PearsonResult | null {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`pearson: ${n} xs but ${ys.length} ys`);
  if (n < 3) return null;
  const sums = centredSums(xs, ys);
  if (sums === null || sums.suu === 0 || sums.svv === 0) return null;

  // The scales cancel. suu and svv lie in about [1, 4n], so the product is safe, and one square
  // root is exact on exact squares: a perfect line gives |r| = 1 exactly.
  const r = Math.max(-1, Math.min(1, sums.suv / Math.sqrt(sums.suu * sums.svv)));
  if (Math.abs(r) === 1) return { r, n, p: 0 };

  const df = n - 2;
  const t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
  // 2·F(−|t|) rather than 2·(1 − F(|t|)) keeps small p-values accurate.
  const p = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  return { r, n, p };
}
