/**
 * A compact reading of SPEC §3 for one KPI as of a date — periods, plan, status, trend, freshness,
 * lead/lag evidence and trigger events — used by the generators to check that the example shows
 * what it claims to show. It reads the readings as written (CSV date text), so it checks the files
 * rather than the generator's intentions.
 */
import {
  GRAIN_OF,
  periodEnd,
  periodIndexOf,
  periodStart,
  readingDay,
  type Grain,
} from './calendar.ts';
import type { Aggregate, JournalEntry, Metric, Reading } from './org-model.ts';
import { pearson } from '../../src/core/analytics/stats/pearson.ts';
import { GRAIN_RANK } from '../../src/core/period/period.ts';

/** Period index → combined value, for the periods that have one. */
export type PeriodValues = Map<number, number>;

/**
 * Readings grouped into periods of `grain` and combined by `aggregate` (SPEC §3 Periods), complete
 * periods only — the one holding `asOf` is in progress unless it ends that day — rounded to 12
 * significant digits (SPEC §3.1).
 */
export function periodValues(
  readings: readonly Reading[],
  grain: Grain,
  aggregate: Aggregate,
  asOf: number,
): PeriodValues {
  const groups = new Map<number, { day: number; value: number }[]>();
  for (const r of readings) {
    if (r.value === null) continue;
    const d = readingDay(r.date);
    if (d > asOf) continue;
    const index = periodIndexOf(d, grain);
    if (periodEnd({ grain, index }) > asOf) continue;
    const group = groups.get(index) ?? [];
    group.push({ day: d, value: r.value });
    groups.set(index, group);
  }
  const out: PeriodValues = new Map();
  for (const index of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(index)!;
    const values = group.map((g) => g.value);
    switch (aggregate) {
      case 'last': {
        let best = group[0]!;
        for (const g of group) if (g.day >= best.day) best = g;
        out.set(index, best.value);
        break;
      }
      case 'sum':
        out.set(
          index,
          values.reduce((a, b) => a + b, 0),
        );
        break;
      case 'mean':
        out.set(index, values.reduce((a, b) => a + b, 0) / values.length);
        break;
      case 'min':
        out.set(index, Math.min(...values));
        break;
      case 'max':
        out.set(index, Math.max(...values));
        break;
    }
  }
  for (const [index, value] of out) out.set(index, Number(value.toPrecision(12)));
  return out;
}

/** The values of a KPI at its own cadence. */
export function kpiValues(
  metric: Metric,
  readings: readonly Reading[],
  asOf: number,
): PeriodValues {
  return periodValues(readings, GRAIN_OF[metric.cadence], metric.aggregate ?? 'last', asOf);
}

function latestIndex(values: PeriodValues): number | null {
  let latest: number | null = null;
  for (const index of values.keys()) if (latest === null || index > latest) latest = index;
  return latest;
}

/** The planned value on a day: piecewise-linear through baseline, milestones and target. */
export function plannedAt(metric: Metric, day: number): number | null {
  if (metric.target === undefined) return null;
  const points = [metric.baseline, ...(metric.milestones ?? []), metric.target]
    .filter((p) => p !== undefined)
    .map((p) => ({ day: readingDay(p.date), value: p.value }))
    .sort((a, b) => a.day - b.day);
  const first = points[0]!;
  if (day < first.day) return null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (day <= b.day) return a.value + ((b.value - a.value) * (day - a.day)) / (b.day - a.day);
  }
  return points[points.length - 1]!.value;
}

export type Status = 'on-track' | 'at-risk' | 'off-track' | 'no-target' | 'no-data';

/** The gap of an actual value to the plan, signed so that negative is worse (SPEC §3 Plan). */
export function gapOf(metric: Metric, actual: number, planned: number, absolute: boolean): number {
  const diff = actual - planned;
  const scaled = absolute ? diff : diff / Math.abs(planned);
  if (metric.direction === 'down') return -scaled;
  if (metric.direction === 'target') return -Math.abs(scaled);
  return scaled;
}

function threshold(
  value: string | number | undefined,
  fallback: number,
): { t: number; abs: boolean } {
  if (value === undefined) return { t: fallback, abs: false };
  if (typeof value === 'number') return { t: value, abs: true };
  return { t: Number(value.replace('%', '')) / 100, abs: false };
}

/** The status of the latest period, with the numbers behind it. */
export function statusOf(
  metric: Metric,
  values: PeriodValues,
): { status: Status; actual?: number; planned?: number; gap?: number } {
  const latest = latestIndex(values);
  if (latest === null) return { status: 'no-data' };
  const actual = values.get(latest)!;
  const planned = plannedAt(metric, periodEnd({ grain: GRAIN_OF[metric.cadence], index: latest }));
  if (planned === null) return { status: 'no-target', actual };
  const warning = threshold(metric.thresholds?.warning, 0.05);
  const critical = threshold(metric.thresholds?.critical, 0.1);
  const gap = gapOf(metric, actual, planned, warning.abs);
  const status = gap >= -warning.t ? 'on-track' : gap >= -critical.t ? 'at-risk' : 'off-track';
  return { status, actual, planned, gap };
}

/** Periods after the latest reading's period that ended before the as-of date. */
export function overduePeriods(metric: Metric, values: PeriodValues, asOf: number): number | null {
  const latest = latestIndex(values);
  if (latest === null) return null;
  const lastEnded = periodIndexOf(asOf, GRAIN_OF[metric.cadence]) - 1;
  return Math.max(0, lastEnded - latest);
}

export interface LinkEvidence {
  lag: number;
  r: number | null;
  n: number;
  p: number | null;
  validated: boolean;
  /** The same lag over the last 12 periods only. */
  recent: { r: number | null; n: number; p: number | null; validated: boolean };
  decorrelated: boolean;
}

function differences(values: PeriodValues): Map<number, number> {
  const out = new Map<number, number>();
  for (const [index, value] of values) {
    const previous = values.get(index - 1);
    if (previous !== undefined) out.set(index, value - previous);
  }
  return out;
}

function correlate(
  lead: Map<number, number>,
  lag: Map<number, number>,
  k: number,
  fromIndex: number,
  inverse: boolean,
): { r: number | null; n: number; p: number | null; validated: boolean } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [t, y] of [...lag].sort((a, b) => a[0] - b[0])) {
    const x = lead.get(t - k);
    if (t < fromIndex || x === undefined) continue;
    xs.push(x);
    ys.push(y);
  }
  const result = pearson(xs, ys);
  if (result === null) return { r: null, n: xs.length, p: null, validated: false };
  const signOk = inverse ? result.r < 0 : result.r > 0;
  return { ...result, validated: result.n >= 8 && result.p < 0.05 && signOk };
}

/** Lead/lag evidence of a `drives` link at the coarser of the two cadences (SPEC §3). */
export function linkEvidence(
  leading: { metric: Metric; readings: readonly Reading[] },
  lagging: { metric: Metric; readings: readonly Reading[] },
  link: { lag?: number; effect?: 'direct' | 'inverse' },
  asOf: number,
): LinkEvidence {
  const gl = GRAIN_OF[leading.metric.cadence];
  const gy = GRAIN_OF[lagging.metric.cadence];
  const grain = GRAIN_RANK[gl] >= GRAIN_RANK[gy] ? gl : gy;
  const lead = differences(
    periodValues(leading.readings, grain, leading.metric.aggregate ?? 'last', asOf),
  );
  const lagValues = periodValues(lagging.readings, grain, lagging.metric.aggregate ?? 'last', asOf);
  const lagDiffs = differences(lagValues);
  const inverse = link.effect === 'inverse';
  let best = link.lag ?? 0;
  if (link.lag === undefined) {
    let bestScore = -Infinity;
    for (let k = 0; k <= 6; k++) {
      const r = correlate(lead, lagDiffs, k, -Infinity, inverse).r;
      const score = r === null ? -Infinity : inverse ? -r : r;
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
  }
  const whole = correlate(lead, lagDiffs, best, -Infinity, inverse);
  const latest = latestIndex(lagValues) ?? 0;
  const recent = correlate(lead, lagDiffs, best, latest - 11, inverse);
  return { lag: best, ...whole, recent, decorrelated: whole.validated && !recent.validated };
}

export interface TriggerEvent {
  trigger: number;
  period: number;
  handled: boolean;
  /** The period's last day. */
  end: number;
}

/** Every firing of every trigger, and whether the journal answered it in time. */
export function triggerEvents(
  metric: Metric,
  values: PeriodValues,
  journal: readonly JournalEntry[],
  asOf: number,
  responseDays = 14,
): TriggerEvent[] {
  const grain = GRAIN_OF[metric.cadence];
  const actions = journal
    .flatMap((j) => j.actions ?? [])
    .filter((a) => a.kpi === metric.id)
    .map((a) => readingDay(a.date))
    .filter((d) => d <= asOf);
  const events: TriggerEvent[] = [];
  (metric.triggers ?? []).forEach((trigger, i) => {
    const { change, below, above, periods: k } = trigger.when;
    const holds = (t: number): boolean => {
      const v = values.get(t);
      if (v === undefined) return false;
      if (change !== undefined) {
        const before = values.get(t - k);
        if (before === undefined || before === 0) return false;
        const x = Number(change.replace('%', '')) / 100;
        const rel = (v - before) / Math.abs(before);
        return x < 0 ? rel <= x : rel >= x;
      }
      for (let j = t - k + 1; j <= t; j++) {
        const w = values.get(j);
        if (w === undefined) return false;
        if (below !== undefined && !(w < below)) return false;
        if (above !== undefined && !(w > above)) return false;
      }
      return true;
    };
    for (const t of [...values.keys()].sort((a, b) => a - b)) {
      if (!holds(t) || holds(t - 1)) continue;
      const start = periodStart({ grain, index: t });
      const end = periodEnd({ grain, index: t });
      const handled = actions.some((d) => d >= start && d <= end + responseDays);
      events.push({ trigger: i, period: t, handled, end });
    }
  });
  return events;
}
