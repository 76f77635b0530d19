/**
 * How the example declares a KPI: its definition (everything but the plan values), how its CSV
 * writes dates, and the plan intent the values are fitted to once the data exists.
 */
import type { DateForm } from '../lib/calendar.ts';
import type { Metric } from '../lib/org-model.ts';

/**
 * Where the plan should put the KPI at the as-of date. Baseline (and milestones) come from the
 * data; the target is either given or solved so that the gap at the latest period lands in the
 * middle of the wanted status band (SPEC §3 Plan).
 */
export interface PlanIntent {
  want?: 'on-track' | 'at-risk' | 'off-track';
  baseline: string;
  target: { date: string; value?: number };
  milestones?: string[];
  /** Decimals of the plan values (0 for counts and currency, 1 for percents…). */
  decimals: number;
}

export interface ExampleKpi {
  metric: Metric;
  /** How the CSV writes dates: `2026-W09` / `2026-03` (period), first day (start), last day (end). */
  form: DateForm;
  plan?: PlanIntent;
  /** First reading written (default: 2023-01-01). */
  from?: string;
  /** Last reading written, for a KPI that went quiet or was retired. */
  until?: string;
}

/** The fields most KPIs share, so definitions list only what is particular. */
type Defaults = 'status' | 'introduced' | 'horizon' | 'audit';

/** A KPI definition with the usual defaults: active since January 2023, short horizon, a driver. */
export function defineKpi(
  metric: Omit<Metric, Defaults> & Partial<Pick<Metric, Defaults>>,
  options: Omit<ExampleKpi, 'metric'>,
): ExampleKpi {
  return {
    metric: {
      status: 'active',
      introduced: '2023-01-01',
      horizon: 'short',
      audit: 'driver',
      ...metric,
    },
    ...options,
  };
}
