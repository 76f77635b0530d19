import type { TopLevelSpec } from 'vega-lite';
import { GRAIN_NOUN, GRAIN_OF } from '../core/period/period.ts';
import type { ChartDrawing, ChartVariant, LeadLagChartInput, LeadLagFacts } from './chart-data.ts';
import { chartConfig, NO_PARSE } from './chart-config.ts';
import type { ChartLegendEntry } from './chart-legend.ts';
import { downsampleSeries } from './downsample-series.ts';
import { PALETTE } from './palette.ts';
import { timeAxis, variantAt } from './time-axis.ts';

/**
 * Height of the whole chart in px (axes included). Its title and legend are the page's, above
 * the chart (leadLagTitle, leadLagLegend), as a KPI chart's legend is: they wrap to a phone's
 * width by themselves, and Vega's title and legend were a large part of drawing the chart.
 */
const LEAD_LAG_CHART_HEIGHT = 200;
const SPARSE_POINTS = 40;
const Y_AXIS_PX = 50;
const DAY_MS = 86_400_000;
/**
 * Points drawn per px of plot width, per series: half the KPI chart's, as two lines of
 * period-to-period changes are mostly noise at that density, and the page stays under its budget.
 */
const POINTS_PER_PX = 0.5;
/** The leading line's colour and dash, and both lines' width: the chart's and its legend's. */
const LEADING = { stroke: PALETTE.series[1]!, strokeDash: [6, 3] } as const;
const LAGGING = { stroke: PALETTE.ink, strokeDash: [1, 0] } as const;
const LINE_WIDTH = 1.75;

/**
 * The lead/lag pair chart (DESIGN.md "Charts"): the two series of period-to-period changes,
 * aligned at the lag (the leading KPI's change is drawn at the date of the lagging change it is
 * paired with), as two lines on one axis. Each series is standardised (minus its mean, over its
 * standard deviation) so KPIs in different units share the axis and co-movement is visible; that
 * is exactly what Pearson's r measures. The leading series is green and dashed, the lagging one
 * ink and solid (never colour alone). A long daily pair is drawn with at most half a point per px
 * of plot width per line (LTTB); r, n and p use every pair. Layers: `changes`, `zero`. The title,
 * with r, n and p, and the legend, which names the two KPIs, are the page's text above the chart
 * (leadLagTitle, leadLagLegend).
 */
export function leadLagChartSpec(input: LeadLagChartInput): TopLevelSpec {
  const [leading, lagging] = seriesNames(input);
  // Standardised over every pair (what r measures), then each line downsampled for drawing only.
  const lead = standardise(input.pairs.map((p) => p.leading));
  const lag = standardise(input.pairs.map((p) => p.lagging));
  const maxPoints = Math.max(2, Math.floor(POINTS_PER_PX * (input.width - Y_AXIS_PX)));
  const drawn = (zs: readonly number[], series: 'leading' | 'lagging') =>
    downsampleSeries(
      input.pairs.map((p, i) => ({ day: p.day, value: zs[i]! })),
      maxPoints,
    ).map((p) => ({ date: p.day * DAY_MS, value: p.value, series }));
  // The lines are keyed `leading` and `lagging`, not by the KPIs' names, which the legend shows:
  // every link's chart then has the same two groups, whose parts of Vega's dataflow a re-run View
  // keeps (chart-shapes.ts) instead of building them anew for new names — a third of a lead/lag
  // chart's drawing time.
  const changes = [...drawn(lead, 'leading'), ...drawn(lag, 'lagging')];
  const [first, last] = dayRange(input);
  const ticks = timeAxis(input.cadence, first, last, input.width - Y_AXIS_PX);
  const stats = statsText(input);
  const sparse = input.pairs.length <= SPARSE_POINTS;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `Changes of ${leading} and of ${lagging}, standardised: ${stats}.`,
    // What differs from link to link is in params and datasets: links of one cadence and width
    // share a shape and compile once (chart-shapes.ts).
    params: [
      { name: 'series_keys', value: ['leading', 'lagging'] },
      { name: 'x_domain', value: [first * DAY_MS, last * DAY_MS] },
      { name: 'x_ticks', value: [...ticks.values] },
    ],
    datasets: { changes, zero: [{ value: 0 }] },
    width: input.width,
    height: LEAD_LAG_CHART_HEIGHT,
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
          strokeWidth: LINE_WIDTH,
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
            scale: { domain: { expr: 'series_keys' }, range: [LEADING.stroke, LAGGING.stroke] },
            legend: null,
          },
          strokeDash: {
            field: 'series',
            type: 'nominal',
            scale: {
              domain: { expr: 'series_keys' },
              range: [[...LEADING.strokeDash], [...LAGGING.strokeDash]],
            },
            legend: null,
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
 * the spec's rows (drawn denser when narrower).
 */
export function leadLagChartVariant(input: LeadLagChartInput, width: number): ChartVariant {
  return variantAt(input.cadence, dayRange(input), {
    width,
    height: LEAD_LAG_CHART_HEIGHT,
    yAxisPx: Y_AXIS_PX,
  });
}

/**
 * The title of a lead/lag chart, which the page writes above it: the link with its evidence
 * ("Qualified leads → Revenue: r = 0.82, n = 4, p = 0.042") and what is drawn ("Standardised
 * changes per week; leading KPI moved 1 week later").
 */
export function leadLagTitle(input: LeadLagFacts): { text: string; subtitle: string } {
  const noun = GRAIN_NOUN[GRAIN_OF[input.cadence]];
  const shift = shiftText(input, noun);
  return {
    text: `${input.leadingName} → ${input.laggingName}: ${statsText(input)}`,
    subtitle: `Standardised changes per ${noun}${input.seasonal === true ? ', less their period-of-year means' : ''}; leading KPI moved ${shift.replace(' earlier', ' later')}`,
  };
}

/**
 * The legend of a lead/lag chart, which the page writes above it: the leading KPI (green, dashed,
 * with its shift: "Qualified leads (1 month earlier)"), then the lagging one (ink, solid).
 */
export function leadLagLegend(input: LeadLagFacts): ChartLegendEntry[] {
  const line = { symbol: 'line', strokeWidth: LINE_WIDTH, fill: 'none', fillOpacity: 1 } as const;
  const [leading, lagging] = seriesNames(input);
  return [
    { label: leading, ...line, ...LEADING },
    { label: lagging, ...line, ...LAGGING },
  ];
}

/** The names of the two lines: the leading KPI's with its shift, then the lagging KPI's. */
function seriesNames(input: LeadLagFacts): [string, string] {
  const leading = `${input.leadingName} (${shiftText(input, GRAIN_NOUN[GRAIN_OF[input.cadence]])})`;
  return [leading, input.laggingName];
}

/** The evidence as the title gives it: "r = 0.82, n = 4, p = 0.042". */
function statsText(input: LeadLagFacts): string {
  return `r = ${fixed(input.r, 2)}, n = ${input.n}, p ${pValue(input.p)}`;
}

/** How far the leading series is shifted: "same week", "2 weeks earlier". */
function shiftText(input: Pick<LeadLagChartInput, 'lag'>, noun: string): string {
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
