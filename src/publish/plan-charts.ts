/**
 * The drawn parts of a site, planned once per build: chart jobs (rendered by the executor's
 * effect), explorer specs, sparklines, the strategy map and reading tables. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartDrawing, ChartJob, MapObjective } from '../charts/chart-data.ts';
import { plannedAt } from '../core/analytics/plan.ts';
import type { ModelJson } from '../core/model/model.ts';
import type { Checked } from '../core/pipeline.ts';
import { formatDay, formatPeriod, periodEnd, periodIndexOf } from '../core/period/period.ts';
import { exploreChartSpec } from '../charts/explore-chart.ts';
import { kpiChartDrawing } from '../charts/kpi-chart.ts';
import { kpiChartCaption } from '../charts/kpi-chart-caption.ts';
import { type ChartLegendEntry, legendSymbolSvg } from '../charts/chart-legend.ts';
import { kpiChartLegend } from '../charts/kpi-chart-legend.ts';
import { leadLagChartDrawing, leadLagLegend, leadLagTitle } from '../charts/lead-lag-chart.ts';
import { sparklineSvg } from '../charts/sparkline.ts';
import { strategyMapList, strategyMapSvg, type MapListBand } from '../charts/strategy-map.ts';
import {
  LEAD_LAG_NARROW_WIDTH,
  LEAD_LAG_WIDTH,
  KPI_CHART_NARROW_WIDTH,
  KPI_CHART_WIDTH,
  kpiChartFacts,
  kpiChartInput,
  leadLagInput,
  leadLagFacts,
  sparklineInput,
} from '../charts/chart-data-from-analysis.ts';
import { kpiChartKey, leadLagChartKey } from './chart-keys.ts';
import { type ChartTitle, type LegendItem, TABLE_ROWS, type TableRow } from './site-plan.ts';

/** The build's prepared pieces. */
export interface PlannedCharts {
  /**
   * The jobs drawing the distinct content keys, in page order (a KPI's chart and its phone
   * variant, then its lead/lag pairs', each with its phone variant).
   */
  readonly jobs: ChartJob[];
  /**
   * Content key of each chart the pages show: `kpi/<id>`, `kpi-narrow/<id>`, `leadlag/<a>/<b>`,
   * `leadlag-narrow/<a>/<b>`.
   */
  readonly charts: Record<string, string>;
  /**
   * The caption of each KPI chart (`kpi/<id>`), from what the chart draws (kpi-chart-caption.ts):
   * a part it does not draw is not named.
   */
  readonly captions: Record<string, string>;
  /**
   * The legend of each KPI chart (`kpi/<id>`) and lead/lag chart (`leadlag/<a>/<b>`), written by
   * the page above the chart.
   */
  readonly legends: Record<string, LegendItem[]>;
  /** The title of each lead/lag chart (`leadlag/<a>/<b>`), written by the page above the chart. */
  readonly titles: Record<string, ChartTitle>;
  /** KPIs with an "Explore" island: their spec is made when it is written (exploreSpec). */
  readonly explorable: string[];
  readonly sparklines: Record<string, string>;
  readonly tables: Record<string, TableRow[]>;
}

/** The strategy map: the SVG and the same map as a list (phones, screen readers). */
export interface PlannedMap {
  readonly svg: string;
  readonly list: readonly MapListBand[];
}

/**
 * Prepares charts and tables; `salt`
 * names the code and renderer that draw the charts (it goes into every content key).
 */
export function planCharts(checked: Checked, salt: string): PlannedCharts {
  const { analysis } = checked;
  const jobs: ChartJob[] = [];
  const charts: Record<string, string> = {};
  const captions: Record<string, string> = {};
  const legends: Record<string, LegendItem[]> = {};
  const titles: Record<string, ChartTitle> = {};
  const keys = new Set<string>();
  /** A job drawing the charts `names` (keyed `jobKeys`, in the drawing's order). */
  const add = (
    names: readonly [string, ...string[]],
    jobKeys: readonly [string, ...string[]],
    drawing: () => ChartDrawing,
  ) => {
    if (!jobKeys.every((key) => keys.has(key))) jobs.push({ keys: jobKeys, drawing });
    names.forEach((name, i) => {
      keys.add(jobKeys[i]!);
      charts[name] = jobKeys[i]!;
    });
  };
  const explorable: string[] = [];
  const sparklines: Record<string, string> = {};
  const tables: Record<string, TableRow[]> = {};
  for (const k of analysis.kpis) {
    const id = k.record.id;
    const asOf = analysis.asOf;
    const facts = kpiChartFacts(k);
    // The input is made again for the spec, when (and if) the chart is drawn: jobs wait in the
    // plan, and a thousand KPIs' points held by them would be memory spent for nothing.
    const input = kpiChartInput(k, facts, asOf);
    captions[`kpi/${id}`] = kpiChartCaption(input);
    legends[`kpi/${id}`] = legendItems(kpiChartLegend(input));
    // Phones get a chart drawn for their width (a scaled-down wide chart has unreadable text),
    // from the wide chart's View.
    add(
      [`kpi/${id}`, `kpi-narrow/${id}`],
      [
        kpiChartKey(salt, k, facts, asOf, KPI_CHART_WIDTH),
        kpiChartKey(salt, k, facts, asOf, KPI_CHART_NARROW_WIDTH),
      ],
      () => kpiChartDrawing(kpiChartInput(k, facts, asOf), KPI_CHART_NARROW_WIDTH),
    );
    if (countValues(k.facts.series.values) > 1) explorable.push(id);
    sparklines[id] = sparklineSvg(sparklineInput(k));
    for (const link of k.links) {
      const lagging = analysis.project.kpiById.get(link.to);
      // A pair chart for a drives link with a lag and at least two pairs: the evidence counted
      // the very pairs the chart draws (n), so the pairs are cut only for a chart to render.
      if (lagging === undefined || link.type !== 'drives' || link.evidence.lag === null) continue;
      if (link.evidence.n < 2) continue;
      const pair = `${id}/${link.to}`;
      const facts = leadLagFacts(k.record, lagging, link, link.evidence.lag);
      legends[`leadlag/${pair}`] = legendItems(leadLagLegend(facts));
      titles[`leadlag/${pair}`] = leadLagTitle(facts);
      add(
        [`leadlag/${pair}`, `leadlag-narrow/${pair}`],
        [
          leadLagChartKey(salt, k.record, lagging, link, analysis.asOf, LEAD_LAG_WIDTH),
          leadLagChartKey(salt, k.record, lagging, link, analysis.asOf, LEAD_LAG_NARROW_WIDTH),
        ],
        () =>
          leadLagChartDrawing(
            leadLagInput(k.record, lagging, link, analysis.asOf)!,
            LEAD_LAG_NARROW_WIDTH,
          ),
      );
    }
    tables[id] = tableRows(checked, id);
  }
  return { jobs, charts, captions, legends, titles, explorable, sparklines, tables };
}

/** A chart's legend as the page writes it: each symbol as SVG, with its words. */
function legendItems(entries: readonly ChartLegendEntry[]): LegendItem[] {
  return entries.map((e) => ({ symbol: legendSymbolSvg(e), label: e.label }));
}

/**
 * The strategy map of a model, laid out by ELK (asynchronous, deterministic): the SVG and the
 * same map as a list. `base` is the site's base path, for the boxes' links.
 */
export async function planStrategyMap(model: ModelJson, base: string): Promise<PlannedMap> {
  const objectives = mapObjectives(model, base);
  return { svg: await strategyMapSvg(objectives), list: strategyMapList(objectives) };
}

/** A model's objectives as the strategy map draws them, each linking to its page under `base`. */
export function mapObjectives(model: ModelJson, base: string): MapObjective[] {
  return model.objectives.map((o) => ({
    id: o.id,
    title: o.title,
    perspective: o.perspective,
    status: o.status,
    drives: o.drives,
    href: `${base}objectives/${o.id}/`,
  }));
}

function countValues(values: Float64Array): number {
  let n = 0;
  for (const v of values) if (!Number.isNaN(v)) n++;
  return n;
}

/** The spec of a KPI's "Explore" island: small, it loads the readings CSV the site serves. */
export function exploreSpec(checked: Checked, id: string, base: string): TopLevelSpec {
  const k = checked.analysis.kpiById.get(id)!;
  return exploreChartSpec({
    name: k.record.def.name,
    unit: k.record.def.unit,
    csvUrl: `${base}data/${id}.csv`,
    plan: k.facts.plan.map((p) => ({ day: p.day, value: p.value })),
  });
}

/** The latest TABLE_ROWS periods with a value, newest first, with the plan and the notes. */
function tableRows(checked: Checked, id: string): TableRow[] {
  const k = checked.analysis.kpiById.get(id)!;
  const { series, plan } = k.facts;
  const notes = new Map<number, string[]>();
  const r = k.record.readings;
  for (const [row, note] of r.notes) {
    if (r.days[row]! > checked.analysis.asOf) continue;
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
