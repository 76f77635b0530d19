import type { Readings } from '../load/parse-readings.ts';
import { periodIndexOf, type Grain } from '../period/period.ts';
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

/**
 * Combines readings dated up to `asOf` into periods of `grain` by `aggregate`: `last` takes the
 * latest-dated reading (readings are sorted by date, and a day holds at most one), the others
 * their sum, mean, min or max. Missing readings (NaN) are skipped. One pass over the readings.
 */
export function periodSeries(
  readings: Readings,
  grain: Grain,
  aggregate: Metric['aggregate'],
  asOf: number,
): PeriodSeries {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < readings.length; i++) {
    if (readings.days[i]! > asOf || Number.isNaN(readings.values[i]!)) continue;
    const p = periodIndexOf(readings.days[i]!, grain);
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  if (lo === Infinity) return { grain, first: 0, values: new Float64Array(0) };
  const values = new Float64Array(hi - lo + 1).fill(NaN);
  const counts = aggregate === 'mean' ? new Uint32Array(values.length) : null;
  for (let i = 0; i < readings.length; i++) {
    const v = readings.values[i]!;
    if (readings.days[i]! > asOf || Number.isNaN(v)) continue;
    const k = periodIndexOf(readings.days[i]!, grain) - lo;
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
  if (counts !== null)
    for (let k = 0; k < values.length; k++) if (counts[k]! > 0) values[k] = values[k]! / counts[k]!;
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
