/**
 * Centred second moments of paired samples, scaled so they can neither overflow nor underflow.
 *
 * With x̄, ȳ the means and kx, ky powers of two close to max|x − x̄| and max|y − ȳ|:
 * Σ(x − x̄)² = suu·kx², Σ(y − ȳ)² = svv·ky², Σ(x − x̄)(y − ȳ) = suv·kx·ky.
 */
export interface CentredSums {
  /** Number of pairs. */
  n: number;
  /** Mean of x. */
  meanX: number;
  /** Mean of y. */
  meanY: number;
  /** Power of two the x deviations were divided by (1 when they are all 0). */
  scaleX: number;
  /** Power of two the y deviations were divided by (1 when they are all 0). */
  scaleY: number;
  /** Σ u², u = (x − x̄)/scaleX; 0 exactly when every x is equal. */
  suu: number;
  /** Σ v², v = (y − ȳ)/scaleY; 0 exactly when every y is equal. */
  svv: number;
  /** Σ u·v. */
  suv: number;
}

/**
 * Two-pass centred sums of paired samples, the shared core of `pearson` and `ols`.
 *
 * Each mean is computed as first + mean(v − first), so a constant series has deviations of exactly
 * 0 (even 0.1, 0.1, 0.1) and a large common offset (1e12) costs no precision. Deviations are divided
 * by a power of two (exact) so the squares stay near 1 whatever the data's magnitude.
 *
 * @param xs first sample, finite numbers.
 * @param ys second sample, paired with `xs` by index; same length (a mismatch throws: a bug).
 * @returns the sums, or `null` for empty input or when a mean overflows.
 */
export function centredSums(xs: ArrayLike<number>, ys: ArrayLike<number>): CentredSums | null {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`centredSums: ${n} xs but ${ys.length} ys`);
  if (n === 0) return null;
  const meanX = shiftedMean(xs);
  const meanY = shiftedMean(ys);
  if (!Number.isFinite(meanX) || !Number.isFinite(meanY)) return null;

  let maxX = 0;
  let maxY = 0;
  for (let i = 0; i < n; i++) {
    maxX = Math.max(maxX, Math.abs(xs[i]! - meanX));
    maxY = Math.max(maxY, Math.abs(ys[i]! - meanY));
  }
  if (!Number.isFinite(maxX) || !Number.isFinite(maxY)) return null;
  const scaleX = powerOfTwoNear(maxX);
  const scaleY = powerOfTwoNear(maxY);

  let suu = 0;
  let svv = 0;
  let suv = 0;
  for (let i = 0; i < n; i++) {
    const u = (xs[i]! - meanX) / scaleX;
    const v = (ys[i]! - meanY) / scaleY;
    suu += u * u;
    svv += v * v;
    suv += u * v;
  }
  return { n, meanX, meanY, scaleX, scaleY, suu, svv, suv };
}

/** Mean computed as first + mean(v − first): exact for a constant series. */
function shiftedMean(values: ArrayLike<number>): number {
  const first = values[0]!;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]! - first;
  return first + sum / values.length;
}

/** 2^⌊log2 m⌋ (1 for m = 0): dividing by it is exact and brings m into about [1, 2). */
function powerOfTwoNear(m: number): number {
  return m === 0 ? 1 : 2 ** Math.floor(Math.log2(m));
}
