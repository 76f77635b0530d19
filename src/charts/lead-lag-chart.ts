import type { TopLevelSpec } from 'vega-lite';
import { GRAIN_NOUN, GRAIN_OF } from '../core/period/period.ts';
import type { ChartDrawing, ChartVariant, LeadLagChartInput } from './chart-data.ts';
import { chartConfig, NO_PARSE } from './chart-config.ts';
import { downsampleSeries } from './downsample-series.ts';
import { PALETTE } from './palette.ts';
import { timeAxis } from './time-axis.ts';
import { wrapText } from './wrap-text.ts';

/** Height of the whole chart in px (title, legend and axes included). */
const LEAD_LAG_CHART_HEIGHT = 240;
const SPARSE_POINTS = 40;
const Y_AXIS_PX = 50;
const DAY_MS = 86_400_000;
/**
 * Points drawn per px of plot width, per series: half the KPI chart's, as two lines of
 * period-to-period changes are mostly noise at that density, and the page stays under its budget.
 */
const POINTS_PER_PX = 0.5;
/** Charts narrower than this are drawn for phones: title wrapped, legend stacked. */
const NARROW_PX = 480;
/** Average glyph width of the 12 px title and 10 px legend, in px (to wrap and to stack). */
const TITLE_GLYPH_PX = 6.6;
/** Extra height of a phone's chart, for its wrapped title and stacked legend. */
const NARROW_EXTRA_PX = 70;

/**
 * The lead/lag pair chart (DESIGN.md "Charts"): the two series of period-to-period changes,
 * aligned at the lag (the leading KPI's change is drawn at the date of the lagging change it is
 * paired with), as two lines on one axis. Each series is standardised (minus its mean, over its
 * standard deviation) so KPIs in different units share the axis and co-movement is visible; that
 * is exactly what Pearson's r measures. r, n and p are in the title; the leading series is green
 * and dashed, the lagging one ink and solid (never colour alone). A long daily pair is drawn
 * with at most half a point per px of plot width per line (LTTB); r, n and p use every pair. Layers:
 * `changes`, `zero`. Below 480 px (phones) the title and subtitle wrap to the width and the
 * legend stacks its two entries, so the text keeps its size instead of a scaled-down desktop
 * chart's ~5 px.
 */
export function leadLagChartSpec(input: LeadLagChartInput): TopLevelSpec {
  const noun = GRAIN_NOUN[GRAIN_OF[input.cadence]];
  const shift = shiftText(input, noun);
  const leading = `${input.leadingName} (${shift})`;
  const lagging = input.laggingName === leading ? `${input.laggingName} ` : input.laggingName;
  // Standardised over every pair (what r measures), then each line downsampled for drawing only.
  const lead = standardise(input.pairs.map((p) => p.leading));
  const lag = standardise(input.pairs.map((p) => p.lagging));
  const maxPoints = Math.max(2, Math.floor(POINTS_PER_PX * (input.width - Y_AXIS_PX)));
  const drawn = (zs: readonly number[], series: 'leading' | 'lagging') =>
    downsampleSeries(
      input.pairs.map((p, i) => ({ day: p.day, value: zs[i]! })),
      maxPoints,
    ).map((p) => ({ date: p.day * DAY_MS, value: p.value, series }));
  // The lines are keyed `leading` and `lagging`, not by the KPIs' names, which the legend shows
  // (labelExpr): every link's chart then has the same two groups, whose parts of Vega's dataflow
  // a re-run View keeps (chart-shapes.ts) instead of building them anew for new names — a third
  // of a lead/lag chart's drawing time.
  const changes = [...drawn(lead, 'leading'), ...drawn(lag, 'lagging')];
  const [first, last] = dayRange(input);
  const { ticks, height, params } = sized(input, input.width);
  const stats = statsText(input);
  const sparse = input.pairs.length <= SPARSE_POINTS;
  const legend = {
    orient: 'top' as const,
    title: null,
    direction: 'horizontal' as const,
    // One row on a desktop; stacked on a phone (a param: a phone's chart is a variant).
    columns: { expr: 'legend_columns' },
    // Room between the entries: system fonts run wider than the estimate Vega lays them out by.
    columnPadding: 28,
    labelExpr: "datum.value === 'leading' ? series_names[0] : series_names[1]",
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `Changes of ${leading} and of ${lagging}, standardised: ${stats}.`,
    // What differs from link to link is in params and datasets: links of one cadence and width
    // share a shape and compile once (chart-shapes.ts).
    params: [
      { name: 'title_text', value: params.title_text },
      { name: 'subtitle_text', value: params.subtitle_text },
      { name: 'series_names', value: [leading, lagging] },
      // A param, not a fixed domain: a View emptied between two links empties its legend too,
      // so each link's legend is laid out afresh for its names (chart-shapes.ts).
      { name: 'series_keys', value: ['leading', 'lagging'] },
      { name: 'x_domain', value: [first * DAY_MS, last * DAY_MS] },
      { name: 'x_ticks', value: params.x_ticks },
      { name: 'legend_columns', value: params.legend_columns },
      { name: 'title_limit', value: params.title_limit },
    ],
    datasets: { changes, zero: [{ value: 0 }] },
    title: {
      text: { expr: 'title_text' },
      // Vega-Lite passes a subtitle expression through, though its types allow only text.
      subtitle: { expr: 'subtitle_text' } as unknown as string,
      limit: { expr: 'title_limit' },
    },
    width: input.width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'transparent',
    padding: 4,
    config: chartConfig(),
    layer: [
      {
        name: 'zero',
        data: { name: 'zero' },
        mark: { type: 'rule', color: PALETTE.ink, opacity: 0.5 },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
      {
        name: 'changes',
        data: { name: 'changes', format: NO_PARSE },
        mark: {
          type: 'line',
          strokeWidth: 1.75,
          ...(sparse ? { point: { filled: true, size: 16 } } : {}),
        },
        encoding: {
          x: {
            field: 'date',
            type: 'temporal',
            scale: { type: 'utc', domain: { expr: 'x_domain' }, padding: 6 },
            axis: { title: null, format: ticks.format, values: { expr: 'x_ticks' } },
          },
          y: {
            field: 'value',
            type: 'quantitative',
            // 0 is in the domain through the zero rule; without `zero` an emptied View (between
            // two links of one shape) keeps no tick at 0 ahead of the next link's ticks.
            scale: { zero: false },
            axis: { title: 'Standardised change', format: ',~f' },
          },
          color: {
            field: 'series',
            type: 'nominal',
            scale: { domain: { expr: 'series_keys' }, range: [PALETTE.series[1], PALETTE.ink] },
            legend,
          },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            scale: {
              domain: { expr: 'series_keys' },
              range: [
                [6, 3],
                [1, 0],
              ],
            },
            legend,
          },
        },
      },
    ],
  };
}

/**
 * The lead/lag chart and, drawn after it from its View, the same chart `narrowWidth` px wide for
 * phones (leadLagChartVariant).
 */
export function leadLagChartDrawing(input: LeadLagChartInput, narrowWidth: number): ChartDrawing {
  return { spec: leadLagChartSpec(input), variants: [leadLagChartVariant(input, narrowWidth)] };
}

/**
 * The lead/lag chart of `input` drawn `width` px wide from the View of its spec: its own ticks,
 * title lines, legend columns and height, the spec's rows (drawn denser when narrower).
 */
export function leadLagChartVariant(input: LeadLagChartInput, width: number): ChartVariant {
  const { height, params } = sized(input, width);
  return { width, height, params };
}

/** What depends on the width a lead/lag chart is drawn at, with the params that carry it. */
function sized(input: LeadLagChartInput, width: number) {
  const noun = GRAIN_NOUN[GRAIN_OF[input.cadence]];
  const [first, last] = dayRange(input);
  const ticks = timeAxis(input.cadence, first, last, width - Y_AXIS_PX);
  const narrow = width < NARROW_PX;
  // Wrapped for a phone (at most three lines each), one line on a desktop.
  const lines = (text: string) =>
    narrow ? wrapText(text, Math.floor(width / TITLE_GLYPH_PX), 3) : text;
  const stats = statsText(input);
  const shift = shiftText(input, noun);
  const params = {
    title_text: lines(`${input.leadingName} → ${input.laggingName}: ${stats}`),
    subtitle_text: lines(
      `Standardised changes per ${noun}${input.seasonal === true ? ', less their period-of-year means' : ''}; leading KPI moved ${shift.replace(' earlier', ' later')}`,
    ),
    x_ticks: [...ticks.values],
    // One row on a desktop (0: as many columns as entries), one entry a row on a phone.
    legend_columns: narrow ? 1 : 0,
    title_limit: width,
  };
  return { ticks, height: LEAD_LAG_CHART_HEIGHT + (narrow ? NARROW_EXTRA_PX : 0), params };
}

/** The evidence as the title gives it: "r = 0.82, n = 4, p = 0.042". */
function statsText(input: LeadLagChartInput): string {
  return `r = ${fixed(input.r, 2)}, n = ${input.n}, p ${pValue(input.p)}`;
}

/** How far the leading series is shifted: "same week", "2 weeks earlier". */
function shiftText(input: LeadLagChartInput, noun: string): string {
  return input.lag === 0
    ? `same ${noun}`
    : `${input.lag} ${noun}${Math.abs(input.lag) === 1 ? '' : 's'} earlier`;
}

/** The first and last day of the pairs (0 and 0 without pairs). */
function dayRange(input: LeadLagChartInput): [number, number] {
  const days = input.pairs.map((p) => p.day);
  return days.length > 0 ? [Math.min(...days), Math.max(...days)] : [0, 0];
}

/** (x − mean) / sd, population sd; all zeros when the series does not vary. */
function standardise(xs: readonly number[]): number[] {
  if (xs.length === 0) return [];
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return xs.map((x) => (sd > 0 ? round((x - mean) / sd) : 0));
}

/** Four decimals: enough for a 240 px axis, and a smaller spec. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function fixed(x: number | null, digits: number): string {
  return x === null || !Number.isFinite(x) ? '–' : x.toFixed(digits).replace('-', '−');
}

function pValue(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '= –';
  return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}
