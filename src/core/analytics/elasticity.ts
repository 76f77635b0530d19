import { adjustedPairs, laggedPairs, MIN_PAIRS, relativeChanges } from './lead-lag.ts';
import type { PeriodSeries } from './series.ts';
import { effectivePairs } from './stats/effective-pairs.ts';
import { tQuantile } from './stats/t-quantile.ts';
import tCdf from '@stdlib/stats-base-dists-t-cdf';

/**
 * A child whose period-over-period changes have a standard deviation below 0.5 % barely varies:
 * "10 % better here" would be far outside anything observed, so no elasticity is given.
 */
export const MIN_CHANGE_SD = 0.005;

/** An elasticity with its 95 % interval (SPEC §3.1). */
export interface Elasticity {
  /** OLS slope of the parent's % change on the child's. */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Two-sided p of slope = 0. */
  readonly p: number;
  /** Pairs used. */
  readonly n: number;
  /** Standard error, after autocorrelation. */
  readonly se: number;
  /** Degrees of freedom of the interval. */
  readonly df: number;
}

/** Why an elasticity is missing. */
export type NoElasticity = 'not-enough-data' | 'barely-varies';

/**
 * The elasticity of a link at its own lag (SPEC §3.1): the OLS slope of the parent's relative
 * change at t on the child's at t − lag — "10 % better here ≈ 10 × slope % there" — with
 * period-of-year effects removed from both where the pairs span two years (the slope given season
 * dummies), and a 95 % Student-t interval whose standard error is inflated by the autocorrelation
 * of the child's changes and the residuals (× n / n_eff, Bartlett's effective n) and whose degrees
 * of freedom are (n − 1 − seasons) × n_eff / n.
 *
 * @returns the estimate, or why there is none: fewer than 8 pairs, or the child's changes
 *   barely vary (standard deviation below 0.5 %).
 */
export function elasticity(
  child: PeriodSeries,
  parent: PeriodSeries,
  lag: number,
): { estimate: Elasticity; n: number } | { estimate: null; n: number; why: NoElasticity } {
  const x = relativeChanges(child);
  const y = relativeChanges(parent);
  const plain = laggedPairs(x, y, lag);
  const n = plain.ts.length;
  if (n < MIN_PAIRS) return { estimate: null, n, why: 'not-enough-data' };
  if (!(standardDeviation(plain.xs) >= MIN_CHANGE_SD))
    return { estimate: null, n, why: 'barely-varies' };
  const { xs, ys, ts, groups } = adjustedPairs(x, y, lag);
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (ys[i]! - my);
  }
  if (sxx === 0) return { estimate: null, n, why: 'barely-varies' };
  const value = sxy / sxx;
  const residuals = ys.map((y, i) => y - my - value * (xs[i]! - mx));
  const rss = residuals.reduce((a, e) => a + e * e, 0);
  const dfPlain = n - 1 - groups;
  if (dfPlain < 1) return { estimate: null, n, why: 'not-enough-data' };
  const nEff = effectivePairs(xs, residuals, ts);
  const se = Math.sqrt((rss / dfPlain / sxx) * (n / nEff));
  const df = Math.max(1, (dfPlain * nEff) / n);
  const half = tQuantile(0.975, df) * se;
  const p = se === 0 ? 0 : Math.min(1, 2 * tCdf(-Math.abs(value / se), df));
  return {
    estimate: { value: value + 0, low: value - half, high: value + half, p, n, se, df },
    n,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (n − 1). */
function standardDeviation(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}
