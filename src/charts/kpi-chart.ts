import type { TopLevelSpec } from 'vega-lite';
import type { LayerSpec, UnitSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { ChartDrawing, ChartVariant, KpiChartInput } from './chart-data.ts';
import { chartConfig, NO_PARSE } from './chart-config.ts';
import { describeKpiChart } from './describe-kpi-chart.ts';
import { drawnReadings } from './drawn-readings.ts';
import { BAND_KEYS, FORECAST_BAND_OPACITY, LINE_DASH } from './kpi-chart-legend.ts';
import { lowestValue } from './lowest-value.ts';
import { PALETTE } from './palette.ts';
import { timeAxis, variantAt } from './time-axis.ts';
import { unitAxis } from './unit-axis.ts';

type Layer = LayerSpec<string> | UnitSpec<string>;
/** A layer without its name and data (the layer helper adds both). */
type LayerBody = Record<string, unknown>;

/**
 * Height of the whole chart in px (axes included). The legend is not in the SVG: the page writes
 * it above the chart (kpi-chart-legend.ts), where it wraps to any width by itself.
 */
const KPI_CHART_HEIGHT = 210;
/** Series up to this many points are drawn with a dot on each reading. */
const SPARSE_POINTS = 40;
/**
 * At most this many drawn points per pixel of plot width (LTTB beyond, which keeps each stretch's
 * extremes; values are never changed): half a point per px, as on the lead/lag chart. A line of
 * daily readings reads the same — its envelope and turns — and a chart of 1,800 readings costs
 * a quarter less to draw than at one point per px of the whole width (measured on the
 * 1,000-KPI benchmark, where charts are most of a build).
 */
const POINTS_PER_PX = 0.5;
/** Room taken by the y-axis labels and title, to size the x ticks. */
const Y_AXIS_PX = 70;
const DAY_MS = 86_400_000;
/**
 * The KPI chart (DESIGN.md "Charts") as a layered Vega-Lite spec. Layers, found by `name`:
 * `bands` (warning and critical bands as light fills with their edges drawn, so a narrow band
 * still reads: rows with `band` = `corridor`, `risk-low`, `risk-high`), `forecast-band` (the
 * forecast's 80 % band, a faint wedge from the latest reading to the target date, never below
 * zero for a KPI that cannot be), `lines` (rows with `series` = `Plan` dashed, `Forecast` dotted,
 * `Readings` solid), `latest` (the latest reading marked, or every reading when sparse), `target`
 * (a diamond), `triggers` (firings as short rules on the x-axis), and `as-of` (a vertical rule). No
 * text inside the plot, so no label is ever crossed by the data, and no legend: the page writes
 * it above the chart, one entry per drawn part with its symbol, the target's value and the as-of
 * day (kpi-chart-legend.ts). Vega's legend cost a fifth of a KPI chart's drawing time, and an
 * HTML list wraps on a phone by itself.
 *
 * Rows are top-level `datasets` and the x domain and ticks top-level `params`, so charts of one
 * shape compile once (chart-shapes.ts); days are epoch milliseconds on a UTC scale. Readings are
 * downsampled for drawing only (LTTB, ≤ 1 point per px of width) and break at missing periods.
 * No title inside the SVG (the page's figcaption has it, with the caption the site plan makes by
 * kpi-chart-caption.ts), but a `description` for screen readers.
 */
export function kpiChartSpec(input: KpiChartInput): TopLevelSpec {
  const axisY = unitAxis(input.unit, maxAbs(input));
  const [first, last] = dayRange(input);
  const ticks = timeAxis(input.cadence, first, last, input.width - Y_AXIS_PX);
  const ms = (day: number) => day * DAY_MS;
  const y = (field: string) => ({
    field,
    type: 'quantitative' as const,
    scale: { zero: false },
    axis: {
      title: axisY.title,
      format: axisY.format,
      ...(axisY.labelExpr === undefined ? {} : { labelExpr: axisY.labelExpr }),
    },
  });
  const series = [
    ...(input.series.length > 0 ? (['Readings'] as const) : []),
    ...(input.plan.length > 0 ? (['Plan'] as const) : []),
    ...(input.forecast !== null ? (['Forecast'] as const) : []),
  ];
  const datasets: Record<string, unknown[]> = {};
  const layers: Layer[] = [];
  const layer = (name: string, rows: unknown[], rest: LayerBody) => {
    datasets[name] = rows;
    layers.push({ name, data: { name, format: NO_PARSE }, ...rest } as Layer);
  };
  // Strips between the bounds: at-risk below and above the on-track corridor (SPEC §3 Plan).
  const bands = input.bands
    .filter((r) => BAND_KEYS.every((k) => Number.isFinite(r[k])))
    .flatMap((r) => [
      { date: ms(r.day), low: r.criticalLow, high: r.warningLow, band: 'risk-low' },
      { date: ms(r.day), low: r.warningHigh, high: r.criticalHigh, band: 'risk-high' },
      { date: ms(r.day), low: r.warningLow, high: r.warningHigh, band: 'corridor' },
    ]);
  const bandColour = {
    field: 'band',
    type: 'nominal' as const,
    scale: {
      domain: ['risk-low', 'risk-high', 'corridor'],
      range: [PALETTE.band.risk, PALETTE.band.risk, PALETTE.band.corridor],
    },
    legend: null,
  };
  if (bands.length > 0)
    layer('bands', bands, {
      mark: {
        type: 'area',
        fillOpacity: PALETTE.band.opacity,
        strokeOpacity: 0.5,
        strokeWidth: 1,
      },
      encoding: { y: y('low'), y2: { field: 'high' }, color: bandColour, stroke: bandColour },
    });
  // The forecast's 80 % band: a wedge from the latest reading to the band at the target date.
  const f = input.forecast;
  const floor = lowestValue(input);
  const fb = f?.band ?? null;
  if (f !== null && fb !== null)
    layer(
      'forecast-band',
      [
        { date: ms(f.from.day), low: f.from.value, high: f.from.value },
        { date: ms(f.to.day), low: Math.max(floor, fb.low), high: Math.max(floor, fb.high) },
      ],
      {
        mark: { type: 'area', color: PALETTE.ink, opacity: FORECAST_BAND_OPACITY },
        encoding: { y: y('low'), y2: { field: 'high' } },
      },
    );
  // One line layer for plan, forecast and readings (fewer layers render faster), told apart by
  // dash (and the legend); readings last so they are drawn on top.
  const lines = [
    ...input.plan.map((p) => ({ date: ms(p.day), value: p.value, series: 'Plan' })),
    ...(f === null
      ? []
      : [f.from, f.to].map((p) => ({
          date: ms(p.day),
          value: Math.max(floor, p.value),
          series: 'Forecast',
        }))),
    ...drawnReadings(input, Math.floor(POINTS_PER_PX * (input.width - Y_AXIS_PX))).map((p) => ({
      date: ms(p.day),
      value: p.value,
      series: 'Readings',
    })),
  ];
  const isReading = "datum.series === 'Readings'";
  if (lines.length > 0)
    layer('lines', lines, {
      mark: { type: 'line', color: PALETTE.ink },
      encoding: {
        y: y('value'),
        strokeDash: {
          field: 'series',
          type: 'nominal',
          scale: { domain: series, range: series.map((s) => [...LINE_DASH[s]]) },
          legend: null,
        },
        strokeWidth: { condition: { test: isReading, value: 2 }, value: 1.5 },
        strokeOpacity: { condition: { test: isReading, value: 1 }, value: 0.8 },
      },
    });
  if (input.series.length > 0)
    layer(
      'latest',
      // Every reading when sparse, else the latest one only.
      (input.series.length <= SPARSE_POINTS ? input.series : [input.series.at(-1)!]).map((p) => ({
        date: ms(p.day),
        value: p.value,
      })),
      {
        mark: { type: 'point', filled: true, size: 30, color: PALETTE.ink, opacity: 1 },
        encoding: { y: y('value') },
      },
    );
  const t = input.target;
  if (t !== null)
    layer('target', [{ date: ms(t.day), value: t.value }], {
      mark: { type: 'point', shape: 'diamond', filled: true, size: 70, color: PALETTE.ink },
      encoding: { y: y('value') },
    });
  if (input.series.length === 0)
    layer('no-data', [{ date: ms(input.asOf), text: 'No readings yet' }], {
      mark: { type: 'text', align: 'left', dx: 6, fontSize: 12 },
      encoding: { y: { value: 100 }, text: { field: 'text' } },
    });
  if (input.triggerDays.length > 0)
    layer(
      'triggers',
      input.triggerDays.map((day) => ({ date: ms(day) })),
      {
        mark: { type: 'rule', color: PALETTE.alert, strokeWidth: 2, y2Offset: -9 },
        encoding: { y: { value: 'height' }, y2: { value: 'height' } },
      },
    );
  layer('as-of', [{ date: ms(input.asOf) }], {
    mark: { type: 'rule', color: PALETTE.ink, strokeDash: [2, 2], opacity: 0.6 },
  });
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: describeKpiChart(input),
    width: input.width,
    height: KPI_CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'transparent',
    padding: 4,
    config: chartConfig(axisY.locale),
    params: [
      { name: 'x_domain', value: [ms(first), ms(last)] },
      { name: 'x_ticks', value: [...ticks.values] },
    ],
    datasets,
    encoding: {
      x: {
        field: 'date',
        type: 'temporal',
        scale: { type: 'utc', domain: { expr: 'x_domain' }, padding: 6 },
        axis: {
          title: null,
          format: ticks.format,
          values: { expr: 'x_ticks' },
          labelOverlap: true,
        },
      },
    },
    layer: layers,
  } as TopLevelSpec;
  return spec;
}

/**
 * The KPI chart and, drawn after it from its View, the same chart `narrowWidth` px wide for phones
 * (kpiChartVariant): a scaled-down wide chart has unreadable text.
 */
export function kpiChartDrawing(input: KpiChartInput, narrowWidth: number): ChartDrawing {
  return { spec: kpiChartSpec(input), variants: [kpiChartVariant(input, narrowWidth)] };
}

/**
 * The KPI chart of `input` drawn `width` px wide from the View of its spec: its own x ticks, the
 * spec's rows (downsampled for the spec's width: a narrower chart draws them denser, which reads
 * the same).
 */
export function kpiChartVariant(input: KpiChartInput, width: number): ChartVariant {
  return variantAt(input.cadence, dayRange(input), {
    width,
    height: KPI_CHART_HEIGHT,
    yAxisPx: Y_AXIS_PX,
  });
}

/** The first and last day drawn, for the x domain. */
function dayRange(input: KpiChartInput): [number, number] {
  let min = input.asOf;
  let max = input.asOf;
  const see = (day: number) => {
    if (day < min) min = day;
    if (day > max) max = day;
  };
  for (const p of input.series) see(p.day);
  for (const p of input.plan) see(p.day);
  for (const b of input.bands) see(b.day);
  if (input.target !== null) see(input.target.day);
  if (input.forecast !== null) {
    see(input.forecast.from.day);
    see(input.forecast.to.day);
  }
  for (const day of input.triggerDays) see(day);
  return [min, max];
}

/** The largest |value| drawn, to choose compact axis labels. */
function maxAbs(input: KpiChartInput): number {
  let m = 0;
  for (const p of [...input.series, ...input.plan]) m = Math.max(m, Math.abs(p.value));
  for (const b of input.bands)
    for (const k of BAND_KEYS) if (Number.isFinite(b[k])) m = Math.max(m, Math.abs(b[k]));
  if (input.target !== null) m = Math.max(m, Math.abs(input.target.value));
  const band = input.forecast?.band;
  if (band) m = Math.max(m, Math.abs(band.low), Math.abs(band.high));
  return m;
}
