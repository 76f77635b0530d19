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
import { evidenceState, type EvidenceState } from '../../src/core/analytics/evidence-state.ts';
import { expectedSign } from '../../src/core/analytics/expected-sign.ts';
import { commonGrain, leadLagEvidence } from '../../src/core/analytics/lead-lag.ts';
import { linkSeries } from '../../src/core/analytics/link-series.ts';
import type { Readings } from '../../src/core/load/parse-readings.ts';

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
  /** The lag used (declared, or found by the search); null when no lag had 8 pairs. */
  lag: number | null;
  lagDetected: boolean;
  r: number | null;
  n: number;
  p: number | null;
  pAdjusted: number | null;
  seasonal: boolean;
  validated: boolean;
  /** The same lag over the last 12 periods only. */
  recent: { r: number | null; n: number; p: number | null };
  decorrelated: boolean;
  /** SPEC §5 links[].evidence. */
  state: EvidenceState;
}

/** Readings in the product's form (day numbers), for its link evidence. */
function productReadings(readings: readonly Reading[]): Readings {
  const rows = readings.filter((r) => r.value !== null);
  const order = rows.map((r, i) => ({ day: readingDay(r.date), i })).sort((a, b) => a.day - b.day || a.i - b.i);
  return {
    length: order.length,
    days: Int32Array.from(order.map((o) => o.day)),
    grains: new Uint8Array(order.length),
    values: Float64Array.from(order.map((o) => rows[o.i]!.value!)),
    lines: Int32Array.from(order.map((o) => o.i + 2)),
    notes: new Map(),
  };
}

/**
 * Lead/lag evidence of a `drives` link at the coarser of the two cadences (SPEC §3.1). The
 * statistics are the product's own (src/core/analytics/lead-lag.ts, tested against numpy/scipy
 * references there); this reads the files as written and feeds them in.
 */
export function linkEvidence(
  leading: { metric: Metric; readings: readonly Reading[] },
  lagging: { metric: Metric; readings: readonly Reading[] },
  link: { lag?: number; effect?: 'direct' | 'inverse' },
  asOf: number,
): LinkEvidence {
  const grain = commonGrain(leading.metric.cadence, lagging.metric.cadence);
  const series = (side: { metric: Metric; readings: readonly Reading[] }) =>
    linkSeries(
      productReadings(side.readings),
      { cadence: side.metric.cadence, aggregate: side.metric.aggregate ?? 'last' },
      grain,
      asOf,
    );
  const sign = expectedSign(
    leading.metric.direction,
    lagging.metric.direction,
    link.effect ?? 'direct',
  );
  const e = leadLagEvidence(series(leading), series(lagging), link.lag, sign);
  const lagDetected = link.lag === undefined;
  return {
    lag: e.lag,
    lagDetected,
    r: e.r,
    n: e.n,
    p: e.p,
    pAdjusted: e.pAdjusted,
    seasonal: e.seasonal,
    validated: e.validated,
    recent: e.recent ?? { r: null, n: 0, p: null },
    decorrelated: e.decorrelated,
    state: evidenceState(e, lagDetected),
  };
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
