import { formatDay, GRAIN_OF, periodIndexOf } from '../core/period/period.ts';
import type { KpiChartInput, Point } from './chart-input.ts';
import { dayOfDate } from './day-of-date.ts';
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
): readonly (Point | { date: string; value: null })[] {
  const grain = GRAIN_OF[input.cadence];
  const periods = input.series.map((p) => periodIndexOf(dayOfDate(p.date), grain));
  const edges: number[] = [];
  const gapStarts = new Set<string>();
  for (let i = 1; i < periods.length; i++)
    if (periods[i]! - periods[i - 1]! > 1) {
      edges.push(i - 1, i);
      gapStarts.add(input.series[i]!.date);
    }
  const drawn = downsampleSeries(input.series, maxPoints, edges);
  const out: (Point | { date: string; value: null })[] = [];
  for (const p of drawn) {
    // The day after the point before the gap lies inside the gap: Vega breaks the line there.
    if (gapStarts.has(p.date))
      out.push({ date: formatDay(dayOfDate(out[out.length - 1]!.date) + 1), value: null });
    out.push(p);
  }
  return out;
}
