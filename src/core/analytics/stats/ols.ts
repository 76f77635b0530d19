import { centredSums } from './centred-sums.ts';

/** An ordinary-least-squares line: y ≈ intercept + slope · x. */
export interface OlsLine {
  /** Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². */
  slope: number;
  /** ȳ − slope · x̄. */
  intercept: number;
  /** Number of points used. */
  n: number;
}

/**
 * Ordinary least squares fit of y on x (SPEC §3 Elasticity: the slope of the parent's % change on
 * the child's).
 *
 * Uses two-pass centred sums (`centredSums`), so a constant x is detected exactly and a large
 * common offset (1e12) costs no precision. Inputs must be finite numbers of equal length (callers
 * clean and pair them); a length mismatch is a bug and throws.
 *
 * @param xs the regressor.
 * @param ys the response, paired with `xs` by index.
 * @returns the line, or `null` when n < 2, every x is equal, or the slope or intercept is beyond
 *   the range of a double.
 */
export function ols(xs: ArrayLike<number>, ys: ArrayLike<number>): OlsLine | null {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`ols: ${n} xs but ${ys.length} ys`);
  if (n < 2) return null;
  const sums = centredSums(xs, ys);
  if (sums === null || sums.suu === 0) return null;

  // Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (suv·kx·ky)/(suu·kx²) = (suv/suu)·(ky/kx)
  const slope = (sums.suv / sums.suu) * (sums.scaleY / sums.scaleX);
  // `+ 0` turns −0 into 0.
  const intercept = sums.meanY - slope * sums.meanX + 0;
  if (!Number.isFinite(slope) || !Number.isFinite(intercept)) return null;
  return { slope: slope + 0, intercept, n };
}
