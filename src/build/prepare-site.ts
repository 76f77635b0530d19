/**
 * Everything the pages need besides the model, computed once per build: chart jobs (rendered by
 * the pool), explorer specs, sparklines, the strategy map and reading tables. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { plannedAt } from '../core/analytics/plan.ts';
import type { Computed } from '../core/pipeline.ts';
import { formatDay, formatPeriod, periodEnd, periodIndexOf } from '../core/period/period.ts';
import { exploreChartSpec } from '../charts/explore-chart.ts';
import { kpiChartSpec } from '../charts/kpi-chart.ts';
import { leadLagChartSpec } from '../charts/lead-lag-chart.ts';
import { sparklineSvg } from '../charts/sparkline.ts';
import { strategyMapSvg } from '../charts/strategy-map.ts';
import {
  KPI_CHART_NARROW_WIDTH,
  kpiChartInput,
  leadLagInput,
  sparklineInput,
} from './chart-inputs.ts';
import { TABLE_ROWS, type TableRow } from './site-data.ts';

/** A chart to render to SVG. */
export interface ChartJob {
  readonly key: string;
  readonly spec: TopLevelSpec;
}

/** The build's prepared pieces. */
export interface PreparedSite {
  readonly jobs: ChartJob[];
  /** KPIs with an "Explore" island: their spec is made when it is written (exploreSpec). */
  readonly explorable: string[];
  readonly sparklines: Record<string, string>;
  readonly strategyMap: string;
  readonly tables: Record<string, TableRow[]>;
}

/** Prepares charts and tables; `base` is the site's base path (for strategy-map links). */
export function prepareSite(computed: Computed, base: string): PreparedSite {
  const { analysis, model } = computed;
  const jobs: ChartJob[] = [];
  const explorable: string[] = [];
  const sparklines: Record<string, string> = {};
  const tables: Record<string, TableRow[]> = {};
  const jsonById = new Map(model.kpis.map((k) => [k.id, k]));
  for (const k of analysis.kpis) {
    const json = jsonById.get(k.record.id)!;
    const input = kpiChartInput(k, json, analysis.asOf);
    jobs.push({ key: `kpi/${json.id}`, spec: kpiChartSpec(input) });
    // Phones get a chart drawn for their width: a scaled-down wide chart has unreadable text.
    jobs.push({
      key: `kpi-narrow/${json.id}`,
      spec: kpiChartSpec({ ...input, width: KPI_CHART_NARROW_WIDTH }),
    });
    if (input.series.length > 1) explorable.push(json.id);
    sparklines[json.id] = sparklineSvg(sparklineInput(k, json));
    for (const link of k.links) {
      const lagging = analysis.project.kpiById.get(link.to);
      if (lagging === undefined) continue;
      const pair = leadLagInput(k.record, lagging, link, analysis.asOf);
      if (pair !== null && pair.pairs.length >= 2)
        jobs.push({ key: `leadlag/${json.id}/${link.to}`, spec: leadLagChartSpec(pair) });
    }
    tables[json.id] = tableRows(computed, k.record.id);
  }
  const strategyMap = strategyMapSvg(
    model.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      perspective: o.perspective,
      status: o.status,
      drives: o.drives,
      href: `${base}objectives/${o.id}/`,
    })),
    { width: 960 },
  );
  return { jobs, explorable, sparklines, strategyMap, tables };
}

/** The spec of a KPI's "Explore" island: small, it loads the readings CSV the site serves. */
export function exploreSpec(computed: Computed, id: string, base: string): TopLevelSpec {
  const k = computed.analysis.kpiById.get(id)!;
  return exploreChartSpec({
    name: k.record.def.name,
    unit: k.record.def.unit,
    csvUrl: `${base}data/${id}.csv`,
    plan: k.facts.plan.map((p) => ({ date: formatDay(p.day), value: p.value })),
  });
}

/** The latest TABLE_ROWS periods with a value, newest first, with the plan and the notes. */
function tableRows(computed: Computed, id: string): TableRow[] {
  const k = computed.analysis.kpiById.get(id)!;
  const { series, plan } = k.facts;
  const notes = new Map<number, string[]>();
  const r = k.record.readings;
  for (const [row, note] of r.notes) {
    if (r.days[row]! > computed.analysis.asOf) continue;
    const p = periodIndexOf(r.days[row]!, series.grain);
    notes.set(p, [...(notes.get(p) ?? []), note]);
  }
  const rows: TableRow[] = [];
  for (let i = series.values.length - 1; i >= 0 && rows.length < TABLE_ROWS; i--) {
    const v = series.values[i]!;
    if (Number.isNaN(v)) continue;
    const period = { grain: series.grain, index: series.first + i };
    const end = periodEnd(period);
    rows.push({
      period: formatPeriod(period),
      date: formatDay(end),
      value: v,
      planned: plannedAt(plan, end),
      notes: notes.get(period.index) ?? [],
    });
  }
  return rows;
}
