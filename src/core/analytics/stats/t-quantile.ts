import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * The p-quantile of Student's t with `df` degrees of freedom (df > 0, possibly fractional, as an
 * effective sample size gives): the x with F(x) = p, found by bisection on the CDF to the last bit
 * a double resolves. Used for the two-sided 95 % interval of an elasticity (p = 0.975).
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be positive, got ${df}`);
  if (p === 0.5) return 0;
  let lo = -1;
  let hi = 1;
  while (tCdf(lo, df) > p) lo *= 2;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
