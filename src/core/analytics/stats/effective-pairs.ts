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
  return lagCorrelation(centred(values), ts, k);
}

/** The values less their mean, and the sum of their squares (0 when they do not vary). */
function centred(values: readonly number[]): {
  readonly c: Float64Array;
  readonly squares: number;
} {
  const n = values.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i]!;
  const mean = total / n;
  const c = new Float64Array(n);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    c[i] = values[i]! - mean;
    squares += c[i]! * c[i]!;
  }
  return { c, squares };
}

/** `autocorrelation` of values already centred (each lag reuses them). */
function lagCorrelation(
  { c, squares }: { readonly c: Float64Array; readonly squares: number },
  ts: readonly number[],
  k: number,
): number {
  if (squares === 0) return 0;
  const n = c.length;
  let numerator = 0;
  if (n > 0 && ts[n - 1]! - ts[0]! === n - 1) {
    // No gap (the usual case): the pair of i is i + k, summed in the same order as below.
    for (let i = 0; i + k < n; i++) numerator += c[i]! * c[i + k]!;
    return numerator / squares;
  }
  let j = 0;
  for (let i = 0; i < n; i++) {
    while (j < n && ts[j]! < ts[i]! + k) j++;
    if (j < n && ts[j] === ts[i]! + k) numerator += c[i]! * c[j]!;
  }
  return numerator / squares;
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
  const ca = centred(a);
  const cb = centred(b);
  let sum = 0;
  for (let k = 1; k <= maxLag; k++) sum += lagCorrelation(ca, ts, k) * lagCorrelation(cb, ts, k);
  return n / Math.max(1, 1 + 2 * sum);
}
