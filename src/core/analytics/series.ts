import type { Readings } from '../load/parse-readings.ts';
import { periodEnd, periodIndexOf, type Grain } from '../period/period.ts';
import type { Metric } from '../schema/metric.ts';

/**
 * A KPI's values per calendar period (SPEC §3 Periods): index `first + i` holds `values[i]`, NaN
 * where a period has no value. It spans the first to the last period with a value, so gaps keep
 * their width; `values` is empty when nothing was read up to the as-of date.
 */
export interface PeriodSeries {
  readonly grain: Grain;
  /** Period index of values[0]. */
  readonly first: number;
  readonly values: Float64Array;
}

/** The value of the in-progress period (SPEC §3.1): the period holding the as-of date, unfinished. */
export interface PartialPeriod {
  readonly index: number;
  readonly value: number;
}

/**
 * Aggregated values are rounded to 12 significant digits (SPEC §3.1), so `0.1 + 0.2` ties `0.3`:
 * x·10^k rounded to an integer (half away from zero) and divided back, k = 11 − ⌊log10 |x|⌋,
 * where 10^k is exact (0 ≤ k ≤ 22), else `Number(x.toPrecision(12))`. It agrees with toPrecision
 * except on a decimal tie at the 13th digit (2004155920.655 → …0.66, where toPrecision reads the
 * binary value just below and gives …0.65); a string per period would be slow on daily series.
 */
export function roundSignificant(x: number): number {
  // Integers below 10¹² already have at most 12 digits: the common case.
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  let e = Math.floor(Math.log10(a));
  // log10 can be a hair off next to a power of ten: make 10^e ≤ a < 10^(e+1) hold exactly.
  if (a < 10 ** e) e--;
  else if (a >= 10 ** (e + 1)) e++;
  const k = 11 - e;
  if (k < 0 || k > 22) return Number(x.toPrecision(12));
  const f = 10 ** k;
  return (Math.sign(x) * Math.round(a * f)) / f;
}

/**
 * The last complete period of `grain` as of a day: the period holding `asOf` when it ends on that
 * day, else the one before it (SPEC §3.1 In-progress period).
 */
export function lastCompletePeriod(grain: Grain, asOf: number): number {
  const holding = periodIndexOf(asOf, grain);
  return periodEnd({ grain, index: holding }) === asOf ? holding : holding - 1;
}

/**
 * Combines readings into periods of `grain` by `aggregate` (SPEC §3 Periods, §3.1): complete
 * periods only — the period that holds `asOf` is left out unless it ends on `asOf` (see
 * {@link inProgressPeriod} for its value so far) — so status, trend, triggers, evidence and
 * forecasts never see a partial period. `last` takes the latest-dated reading (readings are
 * sorted by date, and a day holds at most one), the others their sum, mean, min or max; each
 * period's value is rounded to 12 significant digits. Missing readings (NaN) are skipped. One
 * pass over the readings.
 */
export function periodSeries(
  readings: Readings,
  grain: Grain,
  aggregate: Metric['aggregate'],
  asOf: number,
): PeriodSeries {
  return aggregatePeriods(readings, grain, aggregate, -Infinity, lastCompletePeriod(grain, asOf));
}

/**
 * The value so far of the period that holds `asOf`, when that period is in progress (it does not
 * end on `asOf`) and has a reading dated up to `asOf`; else null. Same aggregation and rounding
 * as {@link periodSeries}.
 */
export function inProgressPeriod(
  readings: Readings,
  grain: Grain,
  aggregate: Metric['aggregate'],
  asOf: number,
): PartialPeriod | null {
  const holding = periodIndexOf(asOf, grain);
  if (lastCompletePeriod(grain, asOf) === holding) return null;
  const s = aggregatePeriods(readings, grain, aggregate, holding, holding, asOf);
  return s.values.length === 0 ? null : { index: holding, value: s.values[0]! };
}

/** Aggregates readings dated up to `until` whose period lies in [from, to]. */
function aggregatePeriods(
  readings: Readings,
  grain: Grain,
  aggregate: Metric['aggregate'],
  from: number,
  to: number,
  until = Infinity,
): PeriodSeries {
  let lo = Infinity;
  let hi = -Infinity;
  const periods = new Float64Array(readings.length).fill(NaN);
  for (let i = 0; i < readings.length; i++) {
    if (readings.days[i]! > until || Number.isNaN(readings.values[i]!)) continue;
    const p = periodIndexOf(readings.days[i]!, grain);
    if (p < from || p > to) continue;
    periods[i] = p;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  if (lo === Infinity) return { grain, first: 0, values: new Float64Array(0) };
  const values = new Float64Array(hi - lo + 1).fill(NaN);
  const counts = aggregate === 'mean' ? new Uint32Array(values.length) : null;
  for (let i = 0; i < readings.length; i++) {
    if (Number.isNaN(periods[i]!)) continue;
    const v = readings.values[i]!;
    const k = periods[i]! - lo;
    const current = values[k]!;
    const empty = Number.isNaN(current);
    switch (aggregate) {
      case 'last':
        values[k] = v;
        break;
      case 'sum':
        values[k] = empty ? v : current + v;
        break;
      case 'mean':
        values[k] = empty ? v : current + v;
        counts![k]!++;
        break;
      case 'min':
        values[k] = empty || v < current ? v : current;
        break;
      case 'max':
        values[k] = empty || v > current ? v : current;
        break;
    }
  }
  for (let k = 0; k < values.length; k++) {
    const v = counts !== null && counts[k]! > 0 ? values[k]! / counts[k]! : values[k]!;
    values[k] = roundSignificant(v);
  }
  return { grain, first: lo, values };
}

/** The index and value of the latest period with a value, or null. */
export function latestOf(series: PeriodSeries): { index: number; value: number } | null {
  for (let k = series.values.length - 1; k >= 0; k--) {
    if (!Number.isNaN(series.values[k]!))
      return { index: series.first + k, value: series.values[k]! };
  }
  return null;
}

/** The value at a period index, or NaN outside the series. */
export function valueAt(series: PeriodSeries, index: number): number {
  const k = index - series.first;
  return k >= 0 && k < series.values.length ? series.values[k]! : NaN;
}

/** The last `count` periods that have a value, oldest first, as (index, value) columns. */
export function lastWithValues(
  series: PeriodSeries,
  count: number,
): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = series.values.length - 1; k >= 0 && xs.length < count; k--) {
    if (!Number.isNaN(series.values[k]!)) {
      xs.push(series.first + k);
      ys.push(series.values[k]!);
    }
  }
  return { xs: xs.reverse(), ys: ys.reverse() };
}
