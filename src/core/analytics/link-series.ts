import type { Readings } from '../load/parse-readings.ts';
import { GRAIN_OF, periodEnd, periodIndexOf, periodStart, type Grain } from '../period/period.ts';
import type { Metric } from '../schema/metric.ts';
import { periodSeries, type PeriodSeries } from './series.ts';

/**
 * A KPI's series at the grain a link compares it at (SPEC §3.1). At its own grain, or for any
 * aggregate but `sum`, its periods re-aggregated by its `aggregate`. A `sum` KPI at a coarser grain
 * becomes a per-day rate: each coarse period's sum divided by the days of the KPI's own periods
 * that have readings in it (7 × the weeks for a weekly KPI, the days of its months for a monthly
 * one), so a month of 5 weeks does not look 25 % busier than a month of 4.
 */
export function linkSeries(
  readings: Readings,
  def: Pick<Metric, 'cadence' | 'aggregate'>,
  grain: Grain,
  asOf: number,
): PeriodSeries {
  const own = GRAIN_OF[def.cadence];
  if (def.aggregate !== 'sum' || own === grain)
    return periodSeries(readings, grain, def.aggregate, asOf);
  const sums = periodSeries(readings, grain, 'sum', asOf);
  if (sums.values.length === 0) return sums;
  const days = new Float64Array(sums.values.length);
  const lastOwn = new Float64Array(sums.values.length).fill(NaN);
  for (let i = 0; i < readings.length; i++) {
    const day = readings.days[i]!;
    if (day > asOf || Number.isNaN(readings.values[i]!)) continue;
    const k = periodIndexOf(day, grain) - sums.first;
    // The coarse period in progress is not in the sums (SPEC §3.1: complete periods only).
    if (k >= sums.values.length) continue;
    const p = periodIndexOf(day, own);
    // Readings are sorted by day, so the own periods within a coarse period come in order.
    if (lastOwn[k] === p) continue;
    lastOwn[k] = p;
    days[k] =
      days[k]! + periodEnd({ grain: own, index: p }) - periodStart({ grain: own, index: p }) + 1;
  }
  const values = sums.values.map((v, k) => (Number.isNaN(v) ? NaN : v / days[k]!));
  return { grain, first: sums.first, values };
}
