import type { Amount } from '../schema/common.ts';
import type { Metric } from '../schema/metric.ts';

/** Status of a KPI's latest period against plan (SPEC §3 Plan). */
export type Status = 'on-track' | 'at-risk' | 'off-track' | 'no-target' | 'no-data';

/** All statuses, best first. */
export const STATUSES = [
  'on-track',
  'at-risk',
  'off-track',
  'no-target',
  'no-data',
] as const satisfies readonly Status[];

/** Thresholds used when a KPI has none. */
export const DEFAULT_THRESHOLDS: { warning: Amount; critical: Amount } = {
  warning: { kind: 'percent', value: 0.05 },
  critical: { kind: 'percent', value: 0.1 },
};

/** The status and the signed gap it was judged on (positive = better than plan). */
export interface StatusResult {
  readonly status: Status;
  /** Relative gap, (actual − planned) / |planned| signed by direction; null when not computable. */
  readonly gap: number | null;
  /** actual − planned, signed by direction (positive = better). */
  readonly gapAbsolute: number | null;
}

/**
 * Judges the latest value against the plan. gap = (actual − planned) / |planned|, negated for
 * `down`, −|actual − planned| / |planned| for `target`. gap ≥ −warning: on-track; ≥ −critical:
 * at-risk; else off-track. Absolute thresholds compare the signed difference instead. When the
 * plan is 0 the relative gap is undefined: a percent threshold then judges by the difference's
 * sign alone (exactly on plan or better: on-track; worse: off-track).
 */
export function judgeStatus(
  def: Pick<Metric, 'direction' | 'thresholds' | 'target'>,
  actual: number | null,
  planned: number | null,
): StatusResult {
  if (actual === null) return { status: 'no-data', gap: null, gapAbsolute: null };
  if (def.target === undefined || planned === null)
    return { status: 'no-target', gap: null, gapAbsolute: null };
  const diff = actual - planned;
  const signed = def.direction === 'up' ? diff : def.direction === 'down' ? -diff : -Math.abs(diff);
  const gap = planned === 0 ? (signed === 0 ? 0 : null) : signed / Math.abs(planned);
  const { warning, critical } = def.thresholds ?? DEFAULT_THRESHOLDS;
  const measure = (t: Amount): number =>
    t.kind === 'percent' ? (gap ?? (signed >= 0 ? 0 : -Infinity)) : signed;
  const meets = (t: Amount) => measure(t) >= -Math.abs(t.value) - 1e-12;
  const status: Status = meets(warning) ? 'on-track' : meets(critical) ? 'at-risk' : 'off-track';
  return { status, gap, gapAbsolute: signed };
}
