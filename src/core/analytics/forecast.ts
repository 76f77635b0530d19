import type { Metric } from '../schema/metric.ts';
import { periodIndexOf } from '../period/period.ts';
import { lastWithValues, valueAt, type PeriodSeries } from './series.ts';
import type { TheilSenLine } from './stats/theil-sen.ts';
import { DEFAULT_THRESHOLDS } from './status.ts';

/** The chance of meeting the target by its date (SPEC §3 Forecast, §3.1). */
export interface Forecast {
  /** The target date (day number). */
  readonly day: number;
  /** The forecast rule's value in the target date's period. */
  readonly value: number;
  /** The 80 % band: value plus the 10th and 90th split-conformal error quantiles; null below 9 backtests. */
  readonly low: number | null;
  readonly high: number | null;
  /** (k + 1) / (n + 2): k of the n backtested errors would still meet the target. */
  readonly probability: number;
  /** Backtested forecasts at the same horizon. */
  readonly n: number;
}

/** Fewest complete periods with a value a forecast is made from (SPEC §3.1). */
export const MIN_FORECAST_PERIODS = 8;
/** Periods the forecast line is fitted on: the most recent ones with a value. */
export const FORECAST_WINDOW = 12;
/** The share of outcomes the band is meant to hold. */
export const FORECAST_BAND = 0.8;
/** Backtests used at most: the most recent ones, so a long history stays cheap and recent. */
export const MAX_BACKTESTS = 120;

/**
 * Forecasts a KPI's value at its target date and the probability of meeting the target, from the
 * KPI's own record (split-conformal prediction: Vovk, Gammerman & Shafer 2005; Lei et al. 2018).
 *
 * The rule: the Theil–Sen line through the 12 most recent complete periods with a value (at least
 * 8), extended by h periods to the period holding the target date. The rule is replayed at every
 * past period that had 8 values behind it and whose period h later has a value; each replay
 * leaves an error, actual − forecast. With n errors:
 * - the 80 % band is value + the errors of rank ⌊(n + 1)/10⌋ and n + 1 − ⌊(n + 1)/10⌋ (null
 *   below 9 errors, where a finite split-conformal 80 % band does not exist);
 * - k = the errors that, added to today's value, would still meet the target, and the probability
 *   is (k + 1)/(n + 2) (Laplace's rule of succession), so a short record never says 0 or 1.
 *
 * Meeting the target means reaching it for `up`, staying at or below it for `down`, and, for
 * `target`, landing within the warning threshold of it. Null without a target, when its date is
 * past, or with fewer than 8 complete periods with a value.
 */
export function computeForecast(
  def: Pick<Metric, 'direction' | 'target' | 'thresholds'>,
  series: PeriodSeries,
  asOf: number,
): Forecast | null {
  const target = def.target;
  if (target === undefined || target.date < asOf) return null;
  const { xs, ys } = lastWithValues(series, series.values.length);
  const last = xs.length - 1;
  if (xs.length < MIN_FORECAST_PERIODS) return null;
  const scratch: Scratch = {
    slopes: new Float64Array((FORECAST_WINDOW * (FORECAST_WINDOW - 1)) / 2),
    offsets: new Float64Array(FORECAST_WINDOW),
  };
  const line = fitAt(xs, ys, last, scratch);
  if (line === null) return null;
  const h = periodIndexOf(target.date, series.grain) - xs[last]!;
  const value = line.intercept + line.slope * (xs[last]! + h);
  const errors: number[] = [];
  for (let j = last; j >= MIN_FORECAST_PERIODS - 1 && errors.length < MAX_BACKTESTS; j--) {
    const actual = valueAt(series, xs[j]! + h);
    if (Number.isNaN(actual)) continue;
    const past = fitAt(xs, ys, j, scratch);
    if (past !== null) errors.push(actual - (past.intercept + past.slope * (xs[j]! + h)));
  }
  const n = errors.length;
  const k = errors.filter((e) => meetsTarget(def, target.value, value + e)).length;
  errors.sort((a, b) => a - b);
  const tail = Math.floor((n + 1) * ((1 - FORECAST_BAND) / 2) + 1e-9);
  const band =
    tail >= 1 ? { low: value + errors[tail - 1]!, high: value + errors[n - tail]! } : null;
  return {
    day: target.date,
    value,
    low: band?.low ?? null,
    high: band?.high ?? null,
    probability: (k + 1) / (n + 2),
    n,
  };
}

/** Buffers for fitAt: a window has at most FORECAST_WINDOW points and their pairs. */
interface Scratch {
  readonly slopes: Float64Array;
  readonly offsets: Float64Array;
}

/**
 * The Theil–Sen line through the FORECAST_WINDOW points up to position j, or null: the same line
 * as stats/theil-sen.ts (median pairwise slope, median offset), computed in reused buffers since a
 * forecast fits up to MAX_BACKTESTS + 1 lines.
 */
function fitAt(
  xs: readonly number[],
  ys: readonly number[],
  j: number,
  scratch: Scratch,
): TheilSenLine | null {
  const { slopes, offsets } = scratch;
  const from = Math.max(0, j - FORECAST_WINDOW + 1);
  if (j - from + 1 < MIN_FORECAST_PERIODS) return null;
  let k = 0;
  for (let a = from; a <= j; a++)
    for (let b = a + 1; b <= j; b++) {
      const dx = xs[b]! - xs[a]!;
      if (dx !== 0) slopes[k++] = (ys[b]! - ys[a]!) / dx;
    }
  const slope = middle(slopes.subarray(0, k));
  if (slope === null || !Number.isFinite(slope)) return null;
  const m = j - from + 1;
  for (let i = 0; i < m; i++) offsets[i] = ys[from + i]! - slope * xs[from + i]!;
  const intercept = middle(offsets.subarray(0, m));
  if (intercept === null || !Number.isFinite(intercept)) return null;
  return { slope: slope + 0, intercept: intercept + 0 };
}

/**
 * The median of a scratch buffer (the same rule as stats/median.ts: the mean of the two middle
 * values for an even count), by Wirth's selection in place rather than a sort: a forecast takes
 * hundreds of medians.
 */
function middle(a: Float64Array): number | null {
  const n = a.length;
  if (n === 0) return null;
  const k = n >> 1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[k]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  // Now a[k] is the k-th smallest and everything before it is no larger.
  const upper = a[k]!;
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < k; i++) if (a[i]! > lower) lower = a[i]!;
  const mid = (lower + upper) / 2;
  return Number.isFinite(mid) ? mid : lower / 2 + upper / 2;
}

/**
 * Whether a value meets the target: at or above it for `up`, at or below for `down`, within the
 * warning threshold of it for `target`.
 */
export function meetsTarget(
  def: Pick<Metric, 'direction' | 'thresholds'>,
  target: number,
  value: number,
): boolean {
  if (def.direction === 'up') return value >= target;
  if (def.direction === 'down') return value <= target;
  const warning = (def.thresholds ?? DEFAULT_THRESHOLDS).warning;
  const tolerance =
    warning.kind === 'percent' ? Math.abs(warning.value * target) : Math.abs(warning.value);
  return Math.abs(value - target) <= tolerance;
}
