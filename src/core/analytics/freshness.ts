import { periodIndexOf, type Grain } from '../period/period.ts';

/** How up to date a KPI's readings are (SPEC §3 Freshness). */
export interface Freshness {
  /** Periods after the latest reading's period that ended before the as-of date; null without readings. */
  readonly overdue: number | null;
  /** overdue ≥ policy.stale_after_periods. A KPI without readings is not stale: it has no data. */
  readonly stale: boolean;
}

/** Counts overdue periods: the period holding the as-of date has not ended, so it is not overdue. */
export function computeFreshness(
  latestIndex: number | null,
  grain: Grain,
  asOf: number,
  staleAfter: number,
): Freshness {
  if (latestIndex === null) return { overdue: null, stale: false };
  const overdue = Math.max(0, periodIndexOf(asOf, grain) - 1 - latestIndex);
  return { overdue, stale: overdue >= staleAfter };
}
