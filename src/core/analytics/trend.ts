import { isoWeekOf, type Grain } from '../period/period.ts';
import type { Metric } from '../schema/metric.ts';
import { lastWithValues, type PeriodSeries } from './series.ts';
import {
  lag1Autocorrelation,
  mannKendallInflation,
  seasonalKendallInflation,
} from './stats/autocorrelation.ts';
import { mannKendall } from './stats/mann-kendall.ts';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { median } from './stats/median.ts';
import { seasonalKendall } from './stats/seasonal-kendall.ts';
import { theilSen } from './stats/theil-sen.ts';

/** Which way a KPI is moving, judged by its direction. */
export type TrendDirection = 'improving' | 'worsening' | 'flat';

/** The trend of the most recent periods (SPEC §3 Trend, §3.1). */
export interface Trend {
  /** Theil–Sen slope per period (the seasonal Kendall slope when seasonal); null below 2 periods. */
  readonly slope: number | null;
  /** Two-sided (seasonal) Mann–Kendall p; null when it cannot be computed (< 3 values, all equal). */
  readonly p: number | null;
  /**
   * Benjamini–Hochberg q across the organisation's active KPIs; null until {@link judgeTrend}
   * (and for KPIs that are not active, or without a p).
   */
  readonly q: number | null;
  /** True when the seasonal test was used (a weekly, monthly or quarterly KPI with ≥ 2 years). */
  readonly seasonal: boolean;
  /** `improving` / `worsening` only when q < 0.1; else flat. */
  readonly direction: TrendDirection;
  /** The way the line moves, judged by the direction, whatever its significance. */
  readonly leaning: TrendDirection;
  /** Periods used. */
  readonly n: number;
}

/** Periods the (non-seasonal) trend looks back over. */
export const TREND_WINDOW = 12;
/** Years the seasonal trend looks back over at most: the recent periods and the same ones before. */
export const SEASONAL_YEARS = 3;
/** False discovery rate of the flagged trends (SPEC §3.1: "significant" only with q < 0.1). */
export const TREND_FDR = 0.1;

/** Periods per year of the grains where seasonality is possible (SPEC §3.1). */
const PER_YEAR: Partial<Record<Grain, number>> = { week: 52, month: 12, quarter: 4 };

/** The season of a period: the ISO week, the month or the quarter of the year. */
function seasonOf(grain: Grain, index: number): number {
  if (grain === 'week') return isoWeekOf(index).week;
  const perYear = PER_YEAR[grain]!;
  return ((index % perYear) + perYear) % perYear;
}

/**
 * The trend of a KPI's complete periods, before the cross-KPI step. Where seasonality is possible
 * (a weekly, monthly or quarterly series spanning two years or more), the seasonal Kendall test on
 * the 12 most recent periods with a value and the same weeks, months or quarters of the two years
 * before: each period is compared only with the same period of other years, so a season never
 * passes for a trend, and the slope is the seasonal Kendall slope. Otherwise Theil–Sen and
 * Mann–Kendall over the 12 most recent periods with a value (x = the calendar period index, so gaps
 * keep their width). `leaning` is the line's way judged by the direction; for `target` KPIs
 * moving towards the target (the line ends nearer to it than it starts) is improving.
 * `direction` stays flat and `q` null until {@link judgeTrend} has the organisation's q.
 */
export function computeTrend(
  series: PeriodSeries,
  def: Pick<Metric, 'direction' | 'target'>,
): Trend {
  const perYear = PER_YEAR[series.grain];
  const all = lastWithValues(series, series.values.length);
  const span = all.xs.length === 0 ? 0 : all.xs[all.xs.length - 1]! - all.xs[0]! + 1;
  let xs: number[];
  let ys: number[];
  let slope: number | null;
  let p: number | null;
  let seasonal = false;
  if (perYear !== undefined && span >= 2 * perYear) {
    seasonal = true;
    // The seasons of the 12 most recent periods, each with its values of up to 3 years.
    const recent = lastWithValues(series, TREND_WINDOW);
    const seasons = new Set(recent.xs.map((x) => seasonOf(series.grain, x)));
    const from = all.xs[all.xs.length - 1]! - SEASONAL_YEARS * perYear + 1;
    xs = [];
    ys = [];
    all.xs.forEach((x, i) => {
      if (x >= from && seasons.has(seasonOf(series.grain, x))) {
        xs.push(x);
        ys.push(all.ys[i]!);
      }
    });
    const bySeason = new Map<number, { x: number; y: number }[]>();
    xs.forEach((x, i) => {
      const key = seasonOf(series.grain, x);
      const list = bySeason.get(key) ?? [];
      list.push({ x, y: ys[i]! });
      bySeason.set(key, list);
    });
    const sk = seasonalKendall([...bySeason.values()]);
    slope = sk.slope;
    // Residuals: each value less its season's median and the slope, in calendar order.
    const centre = new Map(
      [...bySeason].map(([key, pts]) => [key, median(pts.map((q) => q.y - (slope ?? 0) * q.x))!]),
    );
    const residuals = xs.map((x, i) =>
      snap(ys[i]! - (slope ?? 0) * x - centre.get(seasonOf(series.grain, x))!, ys[i]!),
    );
    const rho = lag1Autocorrelation(xs, residuals);
    p = widenedP(sk.s, sk.varS, seasonalKendallInflation(seasons.size, rho));
  } else {
    ({ xs, ys } = lastWithValues(series, TREND_WINDOW));
    const line = theilSen(xs, ys);
    slope = line?.slope ?? null;
    const mk = mannKendall(ys);
    if (mk === null || line === null) p = null;
    else {
      const residuals = ys.map((y, i) => snap(y - line.intercept - line.slope * xs[i]!, y));
      const rho = lag1Autocorrelation(xs, residuals);
      p = widenedP(mk.s, mk.varS, mannKendallInflation(ys.length, rho));
    }
  }
  const leaning = slope === null ? 'flat' : leaningOf(def, slope, xs, ys);
  return { slope, p, q: null, seasonal, direction: 'flat', leaning, n: ys.length };
}

/** A residual that is float noise next to its value is 0: an exact fit has no autocorrelation. */
function snap(residual: number, value: number): number {
  return Math.abs(residual) <= 1e-9 * Math.max(1, Math.abs(value)) ? 0 : residual;
}

/** Two-sided p of S with its variance widened by a serial-correlation factor (continuity-corrected). */
function widenedP(s: number, varS: number, inflation: number): number | null {
  if (varS <= 0) return null;
  const sd = Math.sqrt(varS * inflation);
  const z = s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

/**
 * Sets the Benjamini–Hochberg q of a trend and its direction: the leaning when q < 0.1, else flat.
 */
export function judgeTrend(trend: Trend, q: number | null): Trend {
  const direction = q !== null && q < TREND_FDR ? trend.leaning : 'flat';
  return { ...trend, q, direction };
}

function leaningOf(
  def: Pick<Metric, 'direction' | 'target'>,
  slope: number,
  xs: readonly number[],
  ys: readonly number[],
): TrendDirection {
  if (slope === 0) return 'flat';
  if (def.direction !== 'target') {
    const better = def.direction === 'up' ? 1 : -1;
    return Math.sign(slope) === better ? 'improving' : 'worsening';
  }
  if (def.target === undefined) return 'flat';
  // The line through the window (intercept = median of y − slope·x): nearer the target at its
  // end than at its start is improving, so rising through the target still counts as improving.
  const intercept = median(ys.map((y, i) => y - slope * xs[i]!))!;
  const at = (x: number) => Math.abs(intercept + slope * x - def.target!.value);
  const before = at(xs[0]!);
  const after = at(xs[xs.length - 1]!);
  return after < before ? 'improving' : after > before ? 'worsening' : 'flat';
}
