/**
 * The trend and the forecast of SPEC §3.1 read off a KPI's period values, for the generators'
 * promise checks (scripts/example/properties.ts). Glue written from the SPEC's words on the
 * product's statistics (seasonal Kendall, Mann–Kendall, Theil–Sen, the serial-correlation factor,
 * Benjamini–Hochberg), reading the files rather than the generator's intentions.
 */
import { GRAIN_OF, periodIndexOf, readingDay, type Grain } from './calendar.ts';
import { isoWeekOf } from '../../src/core/period/period.ts';
import type { Metric } from './org-model.ts';
import type { PeriodValues } from './inspect-kpi.ts';
import {
  lag1Autocorrelation,
  mannKendallInflation,
  seasonalKendallInflation,
} from '../../src/core/analytics/stats/autocorrelation.ts';
import { benjaminiHochberg } from '../../src/core/analytics/stats/benjamini-hochberg.ts';
import { mannKendall } from '../../src/core/analytics/stats/mann-kendall.ts';
import { median } from '../../src/core/analytics/stats/median.ts';
import { seasonalKendall } from '../../src/core/analytics/stats/seasonal-kendall.ts';
import { theilSen } from '../../src/core/analytics/stats/theil-sen.ts';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

export type TrendDirection = 'improving' | 'worsening' | 'flat';

const PER_YEAR: Partial<Record<Grain, number>> = { week: 52, month: 12, quarter: 4 };

/** Slope, p and the way it leans (before the organisation's q) of one KPI. */
export function trendOf(
  metric: Metric,
  values: PeriodValues,
): { leaning: TrendDirection; slope: number | null; p: number | null; seasonal: boolean } {
  const grain = GRAIN_OF[metric.cadence];
  const all = [...values.keys()].sort((a, b) => a - b);
  const recent = all.slice(-12);
  const perYear = PER_YEAR[grain];
  const season = (i: number) =>
    grain === 'week' ? isoWeekOf(i).week : (((i % perYear!) + perYear!) % perYear!);
  const seasonal = perYear !== undefined && all.length > 0 && all.at(-1)! - all[0]! + 1 >= 2 * perYear;
  let slope: number | null;
  let s: number;
  let varS: number;
  let factor: number;
  let xs: number[];
  if (seasonal) {
    const keys = new Set(recent.map(season));
    xs = all.filter((i) => i > all.at(-1)! - 3 * perYear && keys.has(season(i)));
    const groups = [...keys].map((k) =>
      xs.filter((i) => season(i) === k).map((x) => ({ x, y: values.get(x)! })),
    );
    const sk = seasonalKendall(groups);
    slope = sk.slope;
    s = sk.s;
    varS = sk.varS;
    const centre = new Map(
      [...keys].map((k, g) => [k, median(groups[g]!.map((q) => q.y - (slope ?? 0) * q.x)) ?? 0]),
    );
    const residuals = xs.map((x) => cleaned(values.get(x)! - (slope ?? 0) * x - centre.get(season(x))!, values.get(x)!));
    factor = seasonalKendallInflation(keys.size, lag1Autocorrelation(xs, residuals));
  } else {
    xs = recent;
    const ys = xs.map((x) => values.get(x)!);
    const line = theilSen(xs, ys);
    const mk = mannKendall(ys);
    slope = line?.slope ?? null;
    if (line === null || mk === null) return { leaning: 'flat', slope, p: null, seasonal };
    s = mk.s;
    varS = mk.varS;
    const residuals = ys.map((y, i) => cleaned(y - line.intercept - line.slope * xs[i]!, y));
    factor = mannKendallInflation(ys.length, lag1Autocorrelation(xs, residuals));
  }
  const sd = Math.sqrt(varS * factor);
  const p = varS <= 0 ? null : Math.min(1, 2 * normalCdf(-Math.max(0, Math.abs(s) - 1) / sd, 0, 1));
  return { leaning: leaningOf(metric, slope, xs, values), slope, p, seasonal };
}

function cleaned(residual: number, value: number): number {
  return Math.abs(residual) <= 1e-9 * Math.max(1, Math.abs(value)) ? 0 : residual;
}

function leaningOf(
  metric: Metric,
  slope: number | null,
  xs: readonly number[],
  values: PeriodValues,
): TrendDirection {
  if (slope === null || slope === 0) return 'flat';
  if (metric.direction === 'up') return slope > 0 ? 'improving' : 'worsening';
  if (metric.direction === 'down') return slope < 0 ? 'improving' : 'worsening';
  if (metric.target === undefined) return 'flat';
  // Towards the target: the line ends nearer to it than it starts.
  const b = median(xs.map((x) => values.get(x)! - slope * x))!;
  const away = (x: number) => Math.abs(b + slope * x - metric.target!.value);
  const start = away(xs[0]!);
  const end = away(xs.at(-1)!);
  return end < start ? 'improving' : end > start ? 'worsening' : 'flat';
}

/** The trend direction of each active KPI after the Benjamini–Hochberg q across them (q < 0.1). */
export function judgeTrends(
  trends: ReadonlyMap<string, { leaning: TrendDirection; p: number | null }>,
): Map<string, { direction: TrendDirection; q: number | null }> {
  const ids = [...trends.keys()];
  const q = benjaminiHochberg(ids.map((id) => trends.get(id)!.p));
  return new Map(
    ids.map((id, i) => [
      id,
      { direction: q[i] !== null && q[i]! < 0.1 ? trends.get(id)!.leaning : 'flat', q: q[i]! },
    ]),
  );
}

/**
 * The probability of meeting the target by its date: the Theil–Sen line through the last 12
 * periods (8 at least) replayed at every past period with 8 behind it, the errors at the same
 * horizon added to today's forecast, (k + 1)/(n + 2). Null without a future target or 8 periods.
 */
export function forecastOf(
  metric: Metric,
  values: PeriodValues,
  asOf: number,
): { value: number; probability: number; n: number } | null {
  const target = metric.target;
  if (target === undefined || readingDay(target.date) < asOf) return null;
  const xs = [...values.keys()].sort((a, b) => a - b);
  if (xs.length < 8) return null;
  const h = periodIndexOf(readingDay(target.date), GRAIN_OF[metric.cadence]) - xs.at(-1)!;
  const at = (j: number, x: number) => {
    const window = xs.slice(Math.max(0, j - 11), j + 1);
    const line = theilSen(window, window.map((i) => values.get(i)!))!;
    return line.intercept + line.slope * x;
  };
  const value = at(xs.length - 1, xs.at(-1)! + h);
  const meets = (v: number) => {
    if (metric.direction === 'up') return v >= target.value;
    if (metric.direction === 'down') return v <= target.value;
    const warning = metric.thresholds?.warning ?? '5%';
    const tolerance =
      typeof warning === 'number'
        ? Math.abs(warning)
        : Math.abs((Number(warning.replace('%', '')) / 100) * target.value);
    return Math.abs(v - target.value) <= tolerance;
  };
  let n = 0;
  let k = 0;
  for (let j = xs.length - 1; j >= 7 && n < 120; j--) {
    const actual = values.get(xs[j]! + h);
    if (actual === undefined) continue;
    n++;
    if (meets(value + actual - at(j, xs[j]! + h))) k++;
  }
  return { value, probability: (k + 1) / (n + 2), n };
}
