/**
 * Cuts the charts' data out of the analysis: the KPI chart (series, plan, bands, target,
 * forecast, firings), the lead/lag pair and the sparkline. Days stay day numbers. Pure.
 */
import type { KpiAnalysis, LinkAnalysis } from '../core/analytics/analyze-project.ts';
import { adjustedPairs, differences } from '../core/analytics/lead-lag.ts';
import { linkSeries } from '../core/analytics/link-series.ts';
import { DEFAULT_THRESHOLDS } from '../core/analytics/status.ts';
import type { KpiRecord } from '../core/load/project.ts';
import type { KpiJson } from '../core/model/model.ts';
import { CADENCES, GRAIN_OF, periodEnd, type Grain } from '../core/period/period.ts';
import type { Amount } from '../core/schema/common.ts';
import type {
  KpiChartInput,
  LeadLagChartInput,
  LeadLagFacts,
  Point,
  SparklineInput,
} from './chart-data.ts';

/** Width the KPI chart is drawn for; the SVG scales to its container. */
export const KPI_CHART_WIDTH = 960;
/** Width of the KPI chart drawn for phones. */
export const KPI_CHART_NARROW_WIDTH = 360;
/** Width of the lead/lag pair chart. */
export const LEAD_LAG_WIDTH = 720;
/** Width of the lead/lag pair chart drawn for phones. */
export const LEAD_LAG_NARROW_WIDTH = 360;

/** Per-period points of a KPI (all periods with a value, or the last `last`), oldest first. */
export function seriesPoints(k: KpiAnalysis, last = Infinity): Point[] {
  const { series } = k.facts;
  let from = 0;
  for (let i = series.values.length - 1, n = 0; i >= 0 && n < last; i--)
    if (!Number.isNaN(series.values[i]!)) {
      n++;
      from = i;
    }
  const out: Point[] = [];
  for (let i = from; i < series.values.length; i++) {
    const v = series.values[i]!;
    if (!Number.isNaN(v))
      out.push({ day: periodEnd({ grain: series.grain, index: series.first + i }), value: v });
  }
  return out;
}

/** What a KPI chart shows of the KPI's model entry and analysis (and nothing else: see chart-keys.ts). */
export interface KpiChartFacts {
  readonly id: string;
  readonly name: string;
  readonly unit: KpiJson['unit'];
  readonly cadence: KpiJson['cadence'];
  readonly direction: KpiJson['direction'];
  readonly status: KpiJson['status'];
  readonly target: Point | null;
  readonly forecast: {
    readonly day: number;
    readonly value: number;
    readonly low: number | null;
    readonly high: number | null;
  } | null;
  readonly triggerDays: readonly number[];
}

/**
 * The facts a KPI chart draws: the definition's words, the status and days of the analysis (what
 * the model says of the KPI too, kpi-json.ts; the charts need not wait for the model).
 */
export function kpiChartFacts(k: KpiAnalysis): KpiChartFacts {
  const f = k.facts;
  const def = k.record.def;
  const target = def.target;
  const fc = f.forecast;
  return {
    id: k.record.id,
    name: def.name,
    unit: def.unit,
    cadence: def.cadence,
    direction: def.direction,
    status: f.status.status,
    target: target === undefined ? null : { day: target.date, value: target.value },
    forecast: fc === null ? null : { day: fc.day, value: fc.value, low: fc.low, high: fc.high },
    triggerDays: [
      ...new Set(f.triggers.events.map((e) => periodEnd({ grain: f.grain, index: e.period }))),
    ],
  };
}

/**
 * The KPI chart's input: the analysis's series and plan, the definition, and the facts, for the
 * desktop's width (a phone's chart is its variant, kpiChartDrawing).
 */
export function kpiChartInput(k: KpiAnalysis, json: KpiChartFacts, asOf: number): KpiChartInput {
  const f = k.facts;
  const def = k.record.def;
  const { warning, critical } = def.thresholds ?? DEFAULT_THRESHOLDS;
  const half = (t: Amount, planned: number) =>
    t.kind === 'percent' ? Math.abs(planned) * Math.abs(t.value) : Math.abs(t.value);
  // Bands shade the bad side of the plan: below it for `up`, above for `down`, both for `target`.
  const bands = f.plan.map((p) => {
    const w = half(warning, p.value);
    const c = Math.max(w, half(critical, p.value));
    const below = def.direction !== 'down';
    const above = def.direction !== 'up';
    return {
      day: p.day,
      warningLow: below ? p.value - w : p.value,
      warningHigh: above ? p.value + w : p.value,
      criticalLow: below ? p.value - c : p.value,
      criticalHigh: above ? p.value + c : p.value,
    };
  });
  const series = seriesPoints(k);
  const last = series[series.length - 1];
  const forecast =
    json.forecast !== null && last !== undefined
      ? {
          from: last,
          to: { day: json.forecast.day, value: json.forecast.value },
          band:
            json.forecast.low === null || json.forecast.high === null
              ? null
              : { low: json.forecast.low, high: json.forecast.high },
        }
      : null;
  // The facts' words, status, target and firings as they are; the forecast drawn from the latest reading.
  const { forecast: _, ...drawn } = json;
  return {
    ...drawn,
    series,
    plan: f.plan.map((p) => ({ day: p.day, value: p.value })),
    bands,
    forecast,
    asOf,
    width: KPI_CHART_WIDTH,
  };
}

/**
 * The lead/lag chart's input for a drives link with a lag, or null, for the desktop's width (a
 * phone's chart is its variant, leadLagChartDrawing).
 */
export function leadLagInput(
  lead: KpiRecord,
  lag: KpiRecord,
  link: LinkAnalysis,
  asOf: number,
): LeadLagChartInput | null {
  if (link.type !== 'drives' || link.evidence.lag === null) return null;
  const grain: Grain = link.grain;
  const x = differences(linkSeries(lead.readings, lead.def, grain, asOf));
  const y = differences(linkSeries(lag.readings, lag.def, grain, asOf));
  const l = link.evidence.lag;
  // The same pairs as the evidence (seasonally adjusted when it was), with the lagging period's end date.
  const { xs, ys, ts } = adjustedPairs(x, y, l);
  const pairs = ts.map((t, i) => ({
    day: periodEnd({ grain, index: t }),
    leading: xs[i]!,
    lagging: ys[i]!,
  }));
  return {
    ...leadLagFacts(lead, lag, link, l),
    pairs,
    width: LEAD_LAG_WIDTH,
  };
}

/**
 * What the page writes of a drives link above its lead/lag chart (title and legend): the two
 * KPIs, the lag, the cadence of the pairs and the evidence. Cheap: no readings are paired.
 */
export function leadLagFacts(
  lead: KpiRecord,
  lag: KpiRecord,
  link: LinkAnalysis,
  lagPeriods: number,
): LeadLagFacts {
  return {
    leadingName: lead.def.name,
    laggingName: lag.def.name,
    lag: lagPeriods,
    cadence: CADENCES.find((c) => GRAIN_OF[c] === link.grain)!,
    r: link.evidence.r,
    n: link.evidence.n,
    p: link.evidence.pAdjusted,
    seasonal: link.evidence.seasonal,
  };
}

/** The sparkline of the last 12 periods with a value. */
export function sparklineInput(k: KpiAnalysis): SparklineInput {
  const { name, cadence } = k.record.def;
  const points = seriesPoints(k, 12);
  const values = points.map((p) => p.value);
  const label =
    points.length === 0
      ? `${name}: no readings`
      : `${name}, last ${points.length} ${cadence === 'daily' ? 'days' : 'periods'}: ${round(values[0]!)} to ${round(values[values.length - 1]!)}`;
  return { values, status: k.facts.status.status, width: 96, height: 24, label };
}

function round(v: number): string {
  return String(Math.round(v * 100) / 100);
}
