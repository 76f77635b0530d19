import type { Metric } from '../schema/metric.ts';
import { lastWithValues, type PeriodSeries } from './series.ts';
import { mannKendall } from './stats/mann-kendall.ts';
import { theilSen } from './stats/theil-sen.ts';

/** Which way a KPI is moving, judged by its direction. */
export type TrendDirection = 'improving' | 'worsening' | 'flat';

/** The trend of the most recent periods (SPEC §3 Trend). */
export interface Trend {
  /** Theil–Sen slope per period; null with fewer than 2 periods. */
  readonly slope: number | null;
  /** Theil–Sen intercept (value at period index 0), to extend the line. */
  readonly intercept: number | null;
  /** Two-sided Mann–Kendall p; null when it cannot be computed (< 3 values, all equal). */
  readonly p: number | null;
  readonly direction: TrendDirection;
  /** Periods used. */
  readonly n: number;
}

/** Periods the trend looks back over. */
export const TREND_WINDOW = 12;
/** Significance level of the trend. */
export const TREND_ALPHA = 0.05;

/**
 * Theil–Sen slope over the 12 most recent periods that have a value (x = the calendar period
 * index, so gaps keep their width) and the Mann–Kendall test on the same values; improving or
 * worsening by the slope's sign and the direction when p < 0.05, else flat. For `target` KPIs,
 * moving towards the target is improving.
 */
export function computeTrend(
  series: PeriodSeries,
  def: Pick<Metric, 'direction' | 'target'>,
): Trend {
  const { xs, ys } = lastWithValues(series, TREND_WINDOW);
  const line = theilSen(xs, ys);
  const mk = mannKendall(ys);
  const slope = line?.slope ?? null;
  const p = mk?.p ?? null;
  let direction: TrendDirection = 'flat';
  if (slope !== null && slope !== 0 && p !== null && p < TREND_ALPHA) {
    const better = betterSign(def, ys[ys.length - 1]!);
    direction = better === 0 ? 'flat' : Math.sign(slope) === better ? 'improving' : 'worsening';
  }
  return { slope, intercept: line?.intercept ?? null, p, direction, n: ys.length };
}

/** +1 when rising is better, −1 when falling is, 0 when a target KPI sits on its target. */
export function betterSign(def: Pick<Metric, 'direction' | 'target'>, latest: number): number {
  if (def.direction === 'up') return 1;
  if (def.direction === 'down') return -1;
  if (def.target === undefined) return 0;
  return Math.sign(def.target.value - latest);
}
