import { GRAIN_OF, periodIndexOf } from '../core/period/period.ts';
import type { KpiChartInput, Point } from './chart-data.ts';
import { downsampleSeries } from './downsample-series.ts';

/**
 * A KPI's readings as the chart draws them: downsampled with LTTB to at most `maxPoints` (keeping
 * the first, last, largest and smallest readings and both edges of every gap), and a row with a
 * null value inside each run of missing periods, where Vega breaks the line rather than bridge
 * the gap.
 */
export function drawnReadings(
  input: KpiChartInput,
  maxPoints: number,
): readonly (Point | { day: number; value: null })[] {
  const grain = GRAIN_OF[input.cadence];
  const periods = input.series.map((p) => periodIndexOf(p.day, grain));
  const edges: number[] = [];
  const gapStarts = new Set<number>();
  for (let i = 1; i < periods.length; i++)
    if (periods[i]! - periods[i - 1]! > 1) {
      edges.push(i - 1, i);
      gapStarts.add(input.series[i]!.day);
    }
  const drawn = downsampleSeries(input.series, maxPoints, edges);
  const out: (Point | { day: number; value: null })[] = [];
  for (const p of drawn) {
    // The day after the point before the gap lies inside the gap: Vega breaks the line there.
    if (gapStarts.has(p.day)) out.push({ day: out[out.length - 1]!.day + 1, value: null });
    out.push(p);
  }
  return out;
}
