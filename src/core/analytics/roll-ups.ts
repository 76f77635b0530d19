import type { Status } from './status.ts';

/** What a roll-up reads of an active KPI (the model's KpiJson has these fields). */
export interface RolledKpi {
  readonly id: string;
  readonly status: Status;
  readonly primary: boolean;
  readonly team: string;
  readonly sharedWith: readonly string[];
  readonly objectives: readonly string[];
}

const STATUS_RANK: Record<Status, number> = {
  'off-track': 4,
  'at-risk': 3,
  'on-track': 2,
  'no-target': 1,
  'no-data': 0,
};

/** The worst status among those with a plan; no-target or no-data only when nothing has one. */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'no-data';
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}

/**
 * An objective's active KPIs and its status: the worst of its primary KPIs, or of all its KPIs
 * when none is primary.
 */
export function rollUpObjective(
  objectiveId: string,
  active: readonly RolledKpi[],
): { kpis: string[]; status: Status } {
  const measuring = active.filter((k) => k.objectives.includes(objectiveId));
  const primary = measuring.filter((k) => k.primary);
  return {
    kpis: measuring.map((k) => k.id),
    status: worstStatus((primary.length > 0 ? primary : measuring).map((k) => k.status)),
  };
}

/**
 * A goal's status: the worst of its active headline KPIs, or of the objectives serving it when it
 * has none.
 */
export function rollUpGoal(
  headline: readonly RolledKpi[],
  serving: readonly { readonly status: Status }[],
): Status {
  return headline.length > 0
    ? worstStatus(headline.map((k) => k.status))
    : worstStatus(serving.map((o) => o.status));
}

/** A team's own and shared active KPIs, and whether it keeps to the vital few `[min, max]`. */
export function rollUpTeam(
  teamId: string,
  active: readonly RolledKpi[],
  [min, max]: readonly [number, number],
): {
  kpis: string[];
  shared: string[];
  vitalFew: { min: number; max: number; count: number; within: boolean };
} {
  const owned = active.filter((k) => k.team === teamId).map((k) => k.id);
  return {
    kpis: owned,
    shared: active.filter((k) => k.sharedWith.includes(teamId)).map((k) => k.id),
    vitalFew: { min, max, count: owned.length, within: owned.length >= min && owned.length <= max },
  };
}
