import type { KpiChartInput } from './chart-data.ts';

/** Units that count or measure time: never below zero. */
const NON_NEGATIVE_UNITS = new Set(['count', 'days', 'hours']);

/**
 * The lowest value a KPI can take, for what the chart projects (the forecast and its band): 0
 * for a count or a duration whose readings are all ≥ 0, else −∞ (a currency, a score or a
 * percent change may go below zero).
 */
export function lowestValue(input: Pick<KpiChartInput, 'unit' | 'series'>): number {
  return NON_NEGATIVE_UNITS.has(input.unit) && input.series.every((p) => p.value >= 0)
    ? 0
    : -Infinity;
}
