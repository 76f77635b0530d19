import type { ChartDrawing, Point } from './chart-data.ts';
import { KPI_CHART_NARROW_WIDTH, KPI_CHART_WIDTH } from './chart-data-from-analysis.ts';
import { kpiChartDrawing } from './kpi-chart.ts';

/**
 * A KPI chart with every part (readings, plan, bands, target, forecast, triggers) and its phone
 * variant, drawn by each chart worker before the real charts are known: the worker loads Vega and
 * compiles its code while the model is computed, so the first KPI's chart comes out at full speed.
 * Nothing shows it.
 */
export function warmUpDrawing(): ChartDrawing {
  const week = (i: number) => FIRST_DAY + 7 * i;
  const series: Point[] = [120, 124, 130, 128, 135, 140, 138, 145, 150, 152].map((value, i) => ({
    day: week(i),
    value,
  }));
  const plan = [0, 9, 19].map((i, k) => ({ day: week(i), value: 120 + 40 * k }));
  return kpiChartDrawing(
    {
      id: 'warm-up',
      name: 'Warm-up',
      unit: 'count',
      cadence: 'weekly',
      direction: 'up',
      status: 'at-risk',
      series,
      plan,
      bands: plan.map((p) => ({
        day: p.day,
        warningLow: p.value - 10,
        warningHigh: p.value + 10,
        criticalLow: p.value - 20,
        criticalHigh: p.value + 20,
      })),
      target: plan[2]!,
      forecast: {
        from: series[9]!,
        to: { day: week(19), value: 188 },
        band: { low: 170, high: 205 },
      },
      triggerDays: [week(3), week(7)],
      asOf: week(9),
      width: KPI_CHART_WIDTH,
    },
    KPI_CHART_NARROW_WIDTH,
  );
}

/** Sunday 4 January 2026, a week's end (days since 1970-01-01). */
const FIRST_DAY = 20_457;
