import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** A correlation and the sample size its test counts. */
export interface SizedCorrelation {
  readonly r: number;
  readonly n: number;
}

/**
 * One-sided test that a correlation has weakened (Fisher 1921): with z = atanh(r), the statistic
 * (z_before − z_after) / √(1/(n_before − 3) + 1/(n_after − 3)) is standard normal when both come
 * from the same ρ. `sign` is the direction the link is expected to have (−1 for an inverse one), so
 * "weaker" means closer to zero or reversed. Returns the p-value, or null when either n ≤ 3.
 */
export function fisherWeakerP(
  before: SizedCorrelation,
  after: SizedCorrelation,
  sign: 1 | -1,
): number | null {
  if (!(before.n > 3 && after.n > 3)) return null;
  const clamp = (r: number) => Math.max(-1 + 1e-12, Math.min(1 - 1e-12, r * sign));
  const z =
    (Math.atanh(clamp(before.r)) - Math.atanh(clamp(after.r))) /
    Math.sqrt(1 / (before.n - 3) + 1 / (after.n - 3));
  return normalCdf(-z, 0, 1);
}
