/**
 * The most autocorrelation lags summed into the effective sample size. Few: each estimated ρ(k)
 * is noisy (about 1/√n), and for two truly related series the products are positive by
 * construction, so a long sum costs real links power; most of the inflation of ordinary
 * autocorrelation (AR(1), differenced noise) sits in the first lags.
 */
export const MAX_AUTOCORRELATION_LAG = 5;

/**
 * Autocorrelation of `values` at lag k over the pairs whose periods are k apart (`ts`, ascending,
 * distinct): Σ c[i]·c[j] / Σ c², c the values less their mean — the usual biased estimator, which
 * a gap simply leaves pairs out of. 0 when the values do not vary.
 */
export function autocorrelation(
  values: readonly number[],
  ts: readonly number[],
  k: number,
): number {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const c = values.map((v) => v - mean);
  const denominator = c.reduce((a, b) => a + b * b, 0);
  if (denominator === 0) return 0;
  let numerator = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    while (j < n && ts[j]! < ts[i]! + k) j++;
    if (j < n && ts[j] === ts[i]! + k) numerator += c[i]! * c[j]!;
  }
  return numerator / denominator;
}

/**
 * The effective number of pairs of two autocorrelated series (Bartlett 1935; the form of Pyper &
 * Peterman 1998): n / (1 + 2 Σₖ ρa(k)·ρb(k)) over k = 1..min(5, ⌊n/4⌋). Two series that each
 * drift or swing carry fewer independent pairs than they have, and a correlation or slope tested
 * on n would look surer than it is. Never more than n: the factor is at least 1, so a chance
 * negative product cannot make the evidence look stronger.
 *
 * @param a the first series (for a correlation, one side; for a slope, the regressor).
 * @param b the second (the other side; the slope's residuals).
 * @param ts the period index of each pair, ascending and distinct.
 */
export function effectivePairs(
  a: readonly number[],
  b: readonly number[],
  ts: readonly number[],
): number {
  const n = ts.length;
  if (a.length !== n || b.length !== n)
    throw new RangeError(`effectivePairs: ${a.length}, ${b.length} and ${n} values`);
  const maxLag = Math.min(MAX_AUTOCORRELATION_LAG, Math.floor(n / 4));
  let sum = 0;
  for (let k = 1; k <= maxLag; k++) sum += autocorrelation(a, ts, k) * autocorrelation(b, ts, k);
  return n / Math.max(1, 1 + 2 * sum);
}
