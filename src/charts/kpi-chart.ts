import type { TopLevelSpec } from 'vega-lite';
import type { LayerSpec, UnitSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { KpiChartInput } from './chart-input.ts';
import { chartConfig } from './chart-config.ts';
import { describeKpiChart } from './describe-kpi-chart.ts';
import { dayOfDate } from './day-of-date.ts';
import { drawnReadings } from './drawn-readings.ts';
import { formatUnitValue } from './format-unit-value.ts';
import { PALETTE } from './palette.ts';
import { timeAxis } from './time-axis.ts';
import { unitAxis } from './unit-axis.ts';

type Layer = LayerSpec<string> | UnitSpec<string>;

/** Height of the whole chart in px (axes and legend included). */
const KPI_CHART_HEIGHT = 240;
/** Series up to this many points are drawn with a dot on each reading. */
const SPARSE_POINTS = 40;
/**
 * At most this many drawn points per pixel of width (LTTB beyond; values are never changed). One
 * per px looks the same as two on a line chart, halves the path bytes and saves ~1 ms a chart.
 */
const POINTS_PER_PX = 1;
/** Room taken by the y-axis labels and title, to size the x ticks. */
const Y_AXIS_PX = 70;
const DASH = { Readings: [1, 0], Plan: [6, 4], Forecast: [2, 3] } as const;
/** The forecast band is a faint ink wedge: visible over the plan's bands, never mistaken for them. */
const FORECAST_BAND_OPACITY = 0.12;
const STRIP_KEYS = ['criticalLow', 'warningLow', 'warningHigh', 'criticalHigh'] as const;

/**
 * The KPI chart (DESIGN.md "Charts") as a layered Vega-Lite spec. Layers, found by `name`:
 * `bands` (warning and critical bands as light fills around the plan: rows with `band` =
 * `corridor`, `risk-low`, `risk-high`), `lines` (rows with `series` = `Plan` dashed, `Forecast`
 * dotted from the latest reading to the target date, `Readings` solid), `forecast-band` (the forecast's 80 % band, a faint wedge from the latest
 * reading to the target date), `latest` (the latest
 * reading marked, or every reading when sparse), `target` and `target-label` (a labelled
 * diamond), `triggers` (firings as short rules on the x-axis), `as-of` and `as-of-label` (a
 * vertical rule). Fewer layers render faster, hence one layer per mark type. Dates sit at period
 * ends on a UTC scale; readings are downsampled for drawing only (LTTB, ≤ 1 point per px of
 * width) and break at missing periods. No title inside the SVG (the page's figcaption has it),
 * but a `description` for screen readers.
 */
export function kpiChartSpec(input: KpiChartInput): TopLevelSpec {
  const axisY = unitAxis(input.unit, maxAbs(input));
  const [first, last] = dateRange(input);
  const ticks = timeAxis(input.cadence, first, last, input.width - Y_AXIS_PX);
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
  const dash = {
    field: 'series',
    type: 'nominal' as const,
    scale: { domain: series, range: series.map((s) => [...DASH[s]]) },
    legend: { orient: 'top' as const, title: null, direction: 'horizontal' as const },
  };
  const layers: Layer[] = [];
  // Strips between the bounds: at-risk below and above the on-track corridor (SPEC §3 Plan).
  const bands = input.bands
    .filter((r) => STRIP_KEYS.every((k) => Number.isFinite(r[k])))
    .flatMap((r) => [
      { date: r.date, low: r.criticalLow, high: r.warningLow, band: 'risk-low' },
      { date: r.date, low: r.warningHigh, high: r.criticalHigh, band: 'risk-high' },
      { date: r.date, low: r.warningLow, high: r.warningHigh, band: 'corridor' },
    ]);
  if (bands.length > 0)
    layers.push({
      name: 'bands',
      data: { values: bands },
      mark: { type: 'area', opacity: PALETTE.band.opacity },
      encoding: {
        y: y('low'),
        y2: { field: 'high' },
        color: {
          field: 'band',
          type: 'nominal',
          scale: {
            domain: ['risk-low', 'risk-high', 'corridor'],
            range: [PALETTE.band.risk, PALETTE.band.risk, PALETTE.band.corridor],
          },
          legend: null,
        },
      },
    });
  // The forecast's 80 % band: a wedge from the latest reading to the band at the target date.
  const fb = input.forecast?.band ?? null;
  if (input.forecast !== null && fb !== null)
    layers.push({
      name: 'forecast-band',
      data: {
        values: [
          {
            date: input.forecast.from.date,
            low: input.forecast.from.value,
            high: input.forecast.from.value,
          },
          { date: input.forecast.to.date, low: fb.low, high: fb.high },
        ],
      },
      mark: { type: 'area', color: PALETTE.ink, opacity: FORECAST_BAND_OPACITY },
      encoding: { y: y('low'), y2: { field: 'high' } },
    });
  // One line layer for plan, forecast and readings (fewer layers render faster), told apart by
  // dash (and the legend); readings last so they are drawn on top.
  const f = input.forecast;
  const lines = [
    ...input.plan.map((p) => ({ ...p, series: 'Plan' })),
    ...(f === null ? [] : [f.from, f.to].map((p) => ({ ...p, series: 'Forecast' }))),
    ...drawnReadings(input, POINTS_PER_PX * input.width).map((p) => ({ ...p, series: 'Readings' })),
  ];
  const isReading = "datum.series === 'Readings'";
  if (lines.length > 0)
    layers.push({
      name: 'lines',
      data: { values: lines },
      mark: { type: 'line', color: PALETTE.ink },
      encoding: {
        y: y('value'),
        strokeDash: dash,
        strokeWidth: { condition: { test: isReading, value: 2 }, value: 1.5 },
        strokeOpacity: { condition: { test: isReading, value: 1 }, value: 0.8 },
      },
    });
  if (input.series.length > 0)
    layers.push({
      name: 'latest',
      // Every reading when sparse, else the latest one only.
      data: {
        values: input.series.length <= SPARSE_POINTS ? [...input.series] : [input.series.at(-1)!],
      },
      mark: { type: 'point', filled: true, size: 30, color: PALETTE.ink, opacity: 1 },
      encoding: { y: y('value') },
    });
  const t = input.target;
  if (t !== null) {
    layers.push(
      {
        name: 'target',
        data: { values: [t] },
        mark: { type: 'point', shape: 'diamond', filled: true, size: 70, color: PALETTE.ink },
        encoding: { y: y('value') },
      },
      {
        name: 'target-label',
        data: { values: [{ ...t, text: `Target ${formatUnitValue(t.value, input.unit)}` }] },
        mark: { type: 'text', align: 'right', dx: -8, dy: -9, fontSize: 10 },
        encoding: { y: y('value'), text: { field: 'text' } },
      },
    );
  }
  if (input.series.length === 0)
    layers.push({
      name: 'no-data',
      data: { values: [{ date: input.asOf, text: 'No readings yet' }] },
      mark: { type: 'text', align: 'left', dx: 6, fontSize: 12 },
      encoding: { y: { value: 100 }, text: { field: 'text' } },
    });
  if (input.triggerDates.length > 0)
    layers.push({
      name: 'triggers',
      data: { values: input.triggerDates.map((date) => ({ date })) },
      mark: { type: 'rule', color: PALETTE.alert, strokeWidth: 2, y2Offset: -9 },
      encoding: { y: { value: 'height' }, y2: { value: 'height' } },
    });
  layers.push(
    {
      name: 'as-of',
      data: { values: [{ date: input.asOf }] },
      mark: { type: 'rule', color: PALETTE.ink, strokeDash: [2, 2], opacity: 0.6 },
    },
    {
      name: 'as-of-label',
      data: { values: [{ date: input.asOf, text: 'as of' }] },
      mark: {
        type: 'text',
        align: 'right',
        baseline: 'bottom',
        dx: -3,
        dy: -11,
        fontSize: 9,
        opacity: 0.8,
      },
      // At the foot of the rule, above the trigger ticks: the target label sits high on the right.
      encoding: { y: { value: 'height' }, text: { field: 'text' } },
    },
  );
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: describeKpiChart(input),
    width: input.width,
    height: KPI_CHART_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    background: 'transparent',
    padding: 4,
    config: chartConfig(axisY.locale),
    encoding: {
      x: {
        field: 'date',
        type: 'temporal',
        scale: { type: 'utc', domain: [first * 86_400_000, last * 86_400_000], padding: 6 },
        axis: { title: null, format: ticks.format, values: [...ticks.values], labelOverlap: true },
      },
    },
    layer: layers,
  };
  return spec;
}

/** The first and last day drawn, for the x domain (`YYYY-MM-DD` text sorts as the days do). */
function dateRange(input: KpiChartInput): [number, number] {
  let min = input.asOf;
  let max = input.asOf;
  const see = (date: string) => {
    if (date < min) min = date;
    if (date > max) max = date;
  };
  for (const p of input.series) see(p.date);
  for (const p of input.plan) see(p.date);
  for (const b of input.bands) see(b.date);
  if (input.target !== null) see(input.target.date);
  if (input.forecast !== null) {
    see(input.forecast.from.date);
    see(input.forecast.to.date);
  }
  for (const date of input.triggerDates) see(date);
  return [dayOfDate(min), dayOfDate(max)];
}

/** The largest |value| drawn, to choose compact axis labels. */
function maxAbs(input: KpiChartInput): number {
  let m = 0;
  for (const p of [...input.series, ...input.plan]) m = Math.max(m, Math.abs(p.value));
  for (const b of input.bands)
    for (const k of STRIP_KEYS) if (Number.isFinite(b[k])) m = Math.max(m, Math.abs(b[k]));
  if (input.target !== null) m = Math.max(m, Math.abs(input.target.value));
  const band = input.forecast?.band;
  if (band) m = Math.max(m, Math.abs(band.low), Math.abs(band.high));
  return m;
}
