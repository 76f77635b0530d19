import type { Metric } from '../schema/metric.ts';

/** A point of the plan: a value at a day. */
export interface PlanPoint {
  readonly day: number;
  readonly value: number;
}

/**
 * The plan's points in date order: baseline, milestones, target (SPEC §3 Plan). Points dated after
 * the target are left out: after its date the plan is flat at the target. Empty without a target.
 */
export function planPoints(def: Pick<Metric, 'baseline' | 'milestones' | 'target'>): PlanPoint[] {
  const target = def.target;
  if (target === undefined) return [];
  const points: PlanPoint[] = [];
  if (def.baseline !== undefined && def.baseline.date < target.date)
    points.push({ day: def.baseline.date, value: def.baseline.value });
  for (const m of def.milestones)
    if (m.date < target.date) points.push({ day: m.date, value: m.value });
  points.sort((a, b) => a.day - b.day);
  points.push({ day: target.date, value: target.value });
  return points;
}

/**
 * The planned value at a day: piecewise-linear through the points, flat at the target after its
 * date, null before the first point (no plan yet) or without a target.
 */
export function plannedAt(points: readonly PlanPoint[], day: number): number | null {
  if (points.length === 0 || day < points[0]!.day) return null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (day <= b.day) {
      if (b.day === a.day) return b.value;
      return a.value + ((b.value - a.value) * (day - a.day)) / (b.day - a.day);
    }
  }
  return points[points.length - 1]!.value;
}
