import { GRAIN_OF, GRAIN_RANK, type Cadence, type Grain } from '../period/period.ts';
import type { PeriodSeries } from './series.ts';
import { ols } from './stats/ols.ts';
import { pearson } from './stats/pearson.ts';

/** Fewest pairs that count as evidence: below it, "not enough data", never a number. */
export const MIN_PAIRS = 8;
/** Significance level of a lead/lag correlation. */
export const LINK_ALPHA = 0.05;
/** Lags tried when a link does not declare one. */
export const MAX_DETECTED_LAG = 6;
/** The recent window that can show a link has decorrelated. */
export const RECENT_PERIODS = 12;

/** The grain two KPIs are compared at: the coarser of their cadences. */
export function commonGrain(a: Cadence, b: Cadence): Grain {
  const ga = GRAIN_OF[a];
  const gb = GRAIN_OF[b];
  return GRAIN_RANK[ga] >= GRAIN_RANK[gb] ? ga : gb;
}

/** A correlation with its sample size; r and p are null below MIN_PAIRS. */
export interface Correlation {
  readonly r: number | null;
  readonly p: number | null;
  readonly n: number;
}

/** The evidence for one `drives` link (SPEC §3 Lead/lag evidence). */
export interface LeadLagEvidence extends Correlation {
  /** The lag used: declared, or the best of 0..6; null when no lag had enough data. */
  readonly lag: number | null;
  readonly validated: boolean;
  readonly decorrelated: boolean;
  /** Correlation over the last 12 periods at the same lag. */
  readonly recent: Correlation | null;
}

/**
 * First differences of consecutive periods: d[t] = v[t] − v[t−1], NaN next to a missing period.
 * Index t of the result is period `series.first + t` (d[0] is always NaN).
 */
export function differences(series: PeriodSeries): PeriodSeries {
  const v = series.values;
  const d = new Float64Array(v.length).fill(NaN);
  for (let t = 1; t < v.length; t++) d[t] = v[t]! - v[t - 1]!;
  return { grain: series.grain, first: series.first, values: d };
}

/**
 * Period-over-period relative change (v[t] − v[t−1]) / |v[t−1]|; NaN where the previous value is
 * missing or zero.
 */
export function relativeChanges(series: PeriodSeries): PeriodSeries {
  const v = series.values;
  const d = new Float64Array(v.length).fill(NaN);
  for (let t = 1; t < v.length; t++)
    if (v[t - 1] !== 0) d[t] = (v[t]! - v[t - 1]!) / Math.abs(v[t - 1]!);
  return { grain: series.grain, first: series.first, values: d };
}

/** Pairs (x[t − lag], y[t]) where both exist, for t in [from, to], with their period indexes t. */
export function laggedPairs(
  x: PeriodSeries,
  y: PeriodSeries,
  lag: number,
  from = -Infinity,
  to = Infinity,
): { xs: number[]; ys: number[]; ts: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const ts: number[] = [];
  const start = Math.max(y.first, x.first + lag, from);
  const end = Math.min(y.first + y.values.length - 1, x.first + x.values.length - 1 + lag, to);
  for (let t = start; t <= end; t++) {
    const a = x.values[t - lag - x.first]!;
    const b = y.values[t - y.first]!;
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      xs.push(a);
      ys.push(b);
      ts.push(t);
    }
  }
  return { xs, ys, ts };
}

function correlate(
  x: PeriodSeries,
  y: PeriodSeries,
  lag: number,
  from?: number,
  to?: number,
): Correlation {
  const { xs, ys } = laggedPairs(x, y, lag, from, to);
  if (xs.length < MIN_PAIRS) return { r: null, p: null, n: xs.length };
  const result = pearson(xs, ys);
  return { r: result?.r ?? null, p: result?.p ?? null, n: xs.length };
}

function isValidated(c: Correlation, sign: 1 | -1): boolean {
  return (
    c.r !== null && c.p !== null && c.n >= MIN_PAIRS && c.p < LINK_ALPHA && Math.sign(c.r) === sign
  );
}

/**
 * Pearson r between the leading KPI's differences at t − lag and the lagging KPI's at t, both
 * series already at the common grain. With no declared lag, the best of 0..6 is the one with the
 * largest r in the expected direction, the smaller lag on a tie; lags with fewer than 8 pairs
 * are not candidates. Validated: n ≥ 8, p < 0.05, expected sign. Decorrelated: validated over the
 * whole history but, with at least 8 pairs in the last 12 periods, not validated there.
 */
export function leadLagEvidence(
  leading: PeriodSeries,
  lagging: PeriodSeries,
  declaredLag: number | undefined,
  effect: 'direct' | 'inverse',
): LeadLagEvidence {
  const sign = effect === 'inverse' ? -1 : 1;
  const x = differences(leading);
  const y = differences(lagging);
  let lag: number | null = declaredLag ?? null;
  let best: Correlation = { r: null, p: null, n: 0 };
  if (declaredLag !== undefined) {
    best = correlate(x, y, declaredLag);
  } else {
    let mostPairs = 0;
    for (let candidate = 0; candidate <= MAX_DETECTED_LAG; candidate++) {
      const c = correlate(x, y, candidate);
      mostPairs = Math.max(mostPairs, c.n);
      if (c.r === null) continue;
      if (best.r === null || c.r * sign > best.r * sign) {
        best = c;
        lag = candidate;
      }
    }
    if (best.r === null) best = { r: null, p: null, n: mostPairs };
  }
  const validated = isValidated(best, sign);
  let recent: Correlation | null = null;
  let decorrelated = false;
  if (lag !== null && lagging.values.length > 0) {
    const lastIndex = lastValueIndex(lagging);
    if (lastIndex !== null) {
      recent = correlate(x, y, lag, lastIndex - RECENT_PERIODS + 1, lastIndex);
      decorrelated = validated && recent.n >= MIN_PAIRS && !isValidated(recent, sign);
    }
  }
  return { ...best, lag, validated, decorrelated, recent };
}

/**
 * OLS slope of the parent's relative change at t on the child's at t − lag (SPEC §3 Elasticity):
 * "10 % better here ≈ 10 × slope % there". Null below MIN_PAIRS pairs.
 */
export function elasticity(
  child: PeriodSeries,
  parent: PeriodSeries,
  lag: number,
): { slope: number | null; n: number } {
  const { xs, ys } = laggedPairs(relativeChanges(child), relativeChanges(parent), lag);
  if (xs.length < MIN_PAIRS) return { slope: null, n: xs.length };
  return { slope: ols(xs, ys)?.slope ?? null, n: xs.length };
}

function lastValueIndex(series: PeriodSeries): number | null {
  for (let k = series.values.length - 1; k >= 0; k--)
    if (!Number.isNaN(series.values[k]!)) return series.first + k;
  return null;
}
