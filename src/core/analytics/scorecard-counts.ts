/**
 * How many active KPIs are in each state, counted once each: the one count every page shows
 * ("22 on track · 8 at risk · 4 off track · 3 stale · 2 no target"), so no page can leave a KPI
 * out or count it twice. A stale KPI counts as stale whatever its last status was. Pure.
 */
import type { KpiJson } from '../model/model.ts';
import type { Status } from './status.ts';

/** The state a scorecard counts a KPI in. */
export type ScorecardState = Status | 'stale';

/** The states in reading order: the verdicts first, then what keeps a KPI from having one. */
export const SCORECARD_STATES = [
  'off-track',
  'at-risk',
  'on-track',
  'stale',
  'no-target',
  'no-data',
] as const satisfies readonly ScorecardState[];

/** The state of one KPI on a scorecard. */
export function scorecardState(k: Pick<KpiJson, 'status' | 'stale'>): ScorecardState {
  return k.stale ? 'stale' : k.status;
}

/** Active KPIs per state (every state present, 0 when none) and their total. */
export function scorecardCounts(kpis: readonly Pick<KpiJson, 'status' | 'stale' | 'lifecycle'>[]): {
  readonly counts: Readonly<Record<ScorecardState, number>>;
  readonly active: number;
} {
  const counts = Object.fromEntries(SCORECARD_STATES.map((s) => [s, 0])) as Record<
    ScorecardState,
    number
  >;
  let active = 0;
  for (const k of kpis) {
    if (k.lifecycle !== 'active') continue;
    counts[scorecardState(k)]++;
    active++;
  }
  return { counts, active };
}
