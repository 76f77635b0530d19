/**
 * Fits a KPI's plan to its data: the baseline is the actual value at the baseline date, and the
 * target is either given or solved so that the gap at the latest period lands in the middle of the
 * wanted status band (SPEC §3 Plan: gap = (actual − planned) / |planned|, signed by direction).
 */
import { day, GRAIN_OF, periodEnd, periodIndexOf } from '../lib/calendar.ts';
import type { PeriodValues } from '../lib/inspect-kpi.ts';
import type { Metric, PlanPoint } from '../lib/org-model.ts';
import type { PlanIntent } from './kpi.ts';
import { round } from './shape.ts';

function thresholdOf(value: string | number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === 'number' ? value : Number(value.replace('%', '')) / 100;
}

/** The planned value that puts `actual` at gap `gap` for the KPI's direction. */
function plannedFor(metric: Metric, actual: number, gap: number, absolute: boolean): number {
  switch (metric.direction) {
    case 'up':
      return absolute ? actual - gap : actual / (1 + gap);
    case 'down':
      return absolute ? actual + gap : actual / (1 - gap);
    case 'target':
      // gap = −|actual − planned| / planned; the plan sits above the actual value.
      return absolute ? actual - gap : actual / (1 + gap);
  }
}

/** Baseline, milestones and target for a KPI from its values and the plan intent. */
export function fitPlan(
  metric: Metric,
  intent: PlanIntent,
  values: PeriodValues,
): { baseline: PlanPoint; milestones?: PlanPoint[]; target: PlanPoint } {
  const grain = GRAIN_OF[metric.cadence];
  const latest = Math.max(...values.keys());
  const actual = values.get(latest)!;
  const latestDay = periodEnd({ grain, index: latest });
  const baselineDay = day(intent.baseline);
  let baselineIndex = periodIndexOf(baselineDay, grain);
  while (!values.has(baselineIndex)) baselineIndex--;
  const baseline = {
    value: round(values.get(baselineIndex)!, intent.decimals),
    date: intent.baseline,
  };

  const targetDay = day(intent.target.date);
  let targetValue: number;
  if (intent.target.value !== undefined) targetValue = intent.target.value;
  else {
    const warning = thresholdOf(metric.thresholds?.warning, 0.05);
    const critical = thresholdOf(metric.thresholds?.critical, 0.1);
    const absolute = typeof metric.thresholds?.warning === 'number';
    const want = intent.want ?? 'on-track';
    const gap =
      want === 'on-track'
        ? metric.direction === 'target'
          ? -0.3 * warning
          : 0.3 * warning
        : want === 'at-risk'
          ? -(warning + critical) / 2
          : -1.6 * critical;
    let planned = plannedFor(metric, actual, gap, absolute);
    // An on-track plan never goes against the KPI's direction: when the data went the wrong way
    // since the baseline, the plan holds the baseline instead.
    const backwards =
      metric.direction === 'up' ? planned < baseline.value : planned > baseline.value;
    if (want === 'on-track' && metric.direction !== 'target' && backwards) planned = baseline.value;
    // The plan is flat at the target after its date; before, the target sits on the straight line
    // through the baseline and the wanted plan value at the latest period.
    targetValue =
      targetDay <= latestDay
        ? planned
        : baseline.value +
          ((planned - baseline.value) * (targetDay - baselineDay)) / (latestDay - baselineDay);
  }
  const line = (d: number): number =>
    baseline.value +
    ((targetValue - baseline.value) * (d - baselineDay)) / (targetDay - baselineDay);
  const target = { value: round(targetValue, intent.decimals), date: intent.target.date };
  const milestones = intent.milestones?.map((date) => ({
    value: round(line(day(date)), intent.decimals),
    date,
  }));
  return { baseline, target, ...(milestones === undefined ? {} : { milestones }) };
}
