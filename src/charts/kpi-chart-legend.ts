import type { KpiChartInput } from './chart-data.ts';
import { dayLabel } from './locale.ts';
import { formatUnitValue } from './format-unit-value.ts';
import { ymdFromDay } from '../core/period/period.ts';
import { PALETTE } from './palette.ts';
import type { ChartLegendEntry } from './chart-legend.ts';

/** What a KPI chart can draw, in legend order. */
export type KpiChartPart =
  | 'readings'
  | 'plan'
  | 'forecast'
  | 'forecast-band'
  | 'target'
  | 'on-track-range'
  | 'at-risk-range'
  | 'triggers'
  | 'as-of';

/** A KPI chart's legend entry: the part of the chart it names. */
export interface LegendEntry extends ChartLegendEntry {
  readonly part: KpiChartPart;
}

/** Row `r` of the bands is drawn when its four bounds are finite. */
export const BAND_KEYS = ['criticalLow', 'warningLow', 'warningHigh', 'criticalHigh'] as const;

/** The parts a chart of this input draws: the legend and the caption list exactly these. */
export function drawnParts(input: KpiChartInput): KpiChartPart[] {
  const rows = input.bands.filter((r) => BAND_KEYS.every((k) => Number.isFinite(r[k])));
  const f = input.forecast;
  const parts: [KpiChartPart, boolean][] = [
    ['readings', input.series.length > 0],
    ['plan', input.plan.length > 0],
    ['forecast', f !== null],
    ['forecast-band', f?.band != null],
    ['target', input.target !== null],
    ['on-track-range', rows.some((r) => r.warningHigh > r.warningLow)],
    [
      'at-risk-range',
      rows.some((r) => r.criticalLow < r.warningLow || r.criticalHigh > r.warningHigh),
    ],
    ['triggers', input.triggerDays.length > 0],
    ['as-of', true],
  ];
  return parts.filter(([, drawn]) => drawn).map(([part]) => part);
}

const NONE = 'transparent';
const ink = PALETTE.ink;

/**
 * The legend of a KPI chart, written by the page above the chart (not in the SVG): one entry per
 * drawn part, the target's value and the as-of day in words. */
export function kpiChartLegend(input: KpiChartInput): LegendEntry[] {
  const line = (dash: readonly number[], strokeWidth = 1.5) => ({
    symbol: 'line' as const,
    stroke: ink,
    strokeWidth,
    fill: NONE,
    fillOpacity: 1,
    strokeDash: dash,
  });
  const swatch = (fill: string, opacity: number, stroke = fill) => ({
    symbol: 'swatch' as const,
    stroke,
    strokeWidth: 1,
    fill,
    fillOpacity: opacity,
    strokeDash: [1, 0],
  });
  const { year, month, day } = ymdFromDay(input.asOf);
  const entry = (part: KpiChartPart): LegendEntry => {
    switch (part) {
      case 'readings':
        return { part, label: 'Readings', ...line([1, 0], 2) };
      case 'plan':
        return { part, label: 'Plan', ...line(LINE_DASH.Plan) };
      case 'forecast':
        return { part, label: 'Forecast', ...line(LINE_DASH.Forecast) };
      case 'forecast-band':
        return { part, label: 'Forecast 80 % band', ...swatch(ink, FORECAST_BAND_OPACITY, NONE) };
      case 'target':
        return {
          part,
          label: `Target ${formatUnitValue(input.target!.value, input.unit)}`,
          symbol: 'diamond',
          stroke: NONE,
          strokeWidth: 0,
          fill: ink,
          fillOpacity: 1,
          strokeDash: [1, 0],
        };
      case 'on-track-range':
        return {
          part,
          label: 'On-track range',
          ...swatch(PALETTE.band.corridor, PALETTE.band.opacity),
        };
      case 'at-risk-range':
        return { part, label: 'At-risk range', ...swatch(PALETTE.band.risk, PALETTE.band.opacity) };
      case 'triggers':
        return {
          part,
          label: 'Trigger fired',
          ...line([1, 0], 2),
          symbol: 'tick',
          stroke: PALETTE.alert,
        };
      case 'as-of':
        return {
          part,
          label: `As of ${dayLabel(year, month, day)}`,
          ...line([2, 2], 2),
          symbol: 'tick',
        };
    }
  };
  return drawnParts(input).map(entry);
}

/** Dashes of the plan and forecast lines (readings are solid). */
export const LINE_DASH = { Readings: [1, 0], Plan: [6, 4], Forecast: [2, 3] } as const;
/** The forecast band is a faint ink wedge: visible over the plan's bands, never mistaken for them. */
export const FORECAST_BAND_OPACITY = 0.12;
