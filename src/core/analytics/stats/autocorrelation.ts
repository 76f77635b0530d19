/**
 * Serial correlation for the trend tests (SPEC §3.1): a KPI read every week or month is rarely
 * independent from one period to the next, and a rank test that assumes it is flags trends in
 * plain persistence. Both tests keep their S but widen its variance by a factor estimated from
 * the lag-1 autocorrelation of the residuals, assuming an AR(1) process.
 */

/** Largest lag-1 autocorrelation used: beyond it the series is all persistence and no test holds. */
const MAX_RHO = 0.9;

/**
 * Lag-1 autocorrelation of residuals at calendar indexes (pairs of consecutive periods that both
 * have a value), with the first-order bias correction ρ + (1 + 3ρ)/n (Kendall 1954) since the
 * plain estimate is biased low on short series, clamped to [0, 0.9]: negative estimates never
 * narrow the variance. 0 with fewer than 3 pairs.
 */
export function lag1Autocorrelation(xs: readonly number[], residuals: readonly number[]): number {
  const n = residuals.length;
  let mean = 0;
  for (const e of residuals) mean += e / n;
  let den = 0;
  for (const e of residuals) den += (e - mean) ** 2;
  let num = 0;
  let pairs = 0;
  for (let i = 1; i < n; i++) {
    if (xs[i]! - xs[i - 1]! !== 1) continue;
    num += (residuals[i]! - mean) * (residuals[i - 1]! - mean);
    pairs++;
  }
  if (pairs < 3 || den <= 0) return 0;
  // Scale the sum over the pairs that exist to the whole series, as if none were missing.
  const rho = ((num / pairs) * n) / den;
  return Math.min(MAX_RHO, Math.max(0, rho + (1 + 3 * rho) / n));
}

/**
 * Variance factor of the Mann–Kendall S under AR(1) serial correlation ρ: Hamed & Rao (1998,
 * J. Hydrology 204) n/n* = 1 + 2/(n(n−1)(n−2)) Σ_{k=1}^{n−1} (n−k)(n−k−1)(n−k−2) ρᵏ.
 */
export function mannKendallInflation(n: number, rho: number): number {
  if (rho <= 0 || n < 3) return 1;
  let sum = 0;
  for (let k = 1; k < n; k++) sum += (n - k) * (n - k - 1) * (n - k - 2) * rho ** k;
  return 1 + (2 * sum) / (n * (n - 1) * (n - 2));
}

/**
 * Variance factor of the seasonal Kendall S under AR(1) serial correlation ρ between consecutive
 * periods, for `seasons` consecutive seasons (P): the S of seasons d apart move together, as their differences
 * between two years correlate by about ρᵈ and the signs of two normal differences with
 * correlation r by (2/π)·arcsin(r) (the covariance term of Hirsch & Slack 1984, modelled rather
 * than estimated: a few years cannot estimate it). 1 + 2 Σ_{d=1}^{P−1} (1 − d/P) (2/π) arcsin(ρᵈ).
 */
export function seasonalKendallInflation(seasons: number, rho: number): number {
  if (rho <= 0) return 1;
  let sum = 0;
  for (let d = 1; d < seasons; d++) sum += (1 - d / seasons) * (2 / Math.PI) * Math.asin(rho ** d);
  return 1 + 2 * sum;
}
