/** KPIs as lists show them (scorecard rows), and alerts with their condition in words. Pure. */
import type { NextStep } from '../../core/analytics/next-step.ts';
import { scorecardCounts, scorecardState } from '../../core/analytics/scorecard-counts.ts';
import type { AlertJson, KpiJson } from '../../core/model/model.ts';
import type { AlertRow, KpiRow, ListedKpi, StateCounts } from '../site-plan.ts';

/** What the rows of a build are made from: the KPIs by id, their sparklines and next steps. */
export interface RowSource {
  readonly kpiById: ReadonlyMap<string, KpiJson>;
  readonly sparklines: Readonly<Record<string, string>>;
  readonly steps: ReadonlyMap<string, NextStep>;
}

/**
 * The rows of the KPIs of `ids` (unknown ids skipped), in that order. A row carries the KPI as a
 * list shows it: without what only its own page shows (impact, checks, links), which changes
 * with other KPIs' readings and would otherwise rebuild every page listing it.
 */
export function kpiRows(source: RowSource, ids: readonly string[]): KpiRow[] {
  return ids.flatMap((id) => {
    const k = source.kpiById.get(id);
    if (k === undefined) return [];
    const kpi: ListedKpi = {
      id: k.id,
      name: k.name,
      unit: k.unit,
      cadence: k.cadence,
      direction: k.direction,
      lifecycle: k.lifecycle,
      level: k.level,
      primary: k.primary,
      owner: k.owner,
      status: k.status,
      stale: k.stale,
      overdue: k.overdue,
      latest: k.latest,
      planned: k.planned,
      gap: k.gap,
      target: k.target,
      baseline: k.baseline,
      trend: k.trend,
      lineOfSight: k.lineOfSight,
      lineOfSightKinds: k.lineOfSightKinds,
    };
    return [
      {
        kpi,
        state: scorecardState(k),
        sparkline: source.sparklines[id] ?? '',
        step: source.steps.get(id) ?? null,
      },
    ];
  });
}

/** The state counts of the rows' active KPIs. */
export function stateCounts(rows: readonly KpiRow[]): StateCounts {
  return scorecardCounts(rows.map((r) => r.kpi));
}

/** The alerts with the condition of their trigger in words. */
export function alertRows(
  alerts: readonly AlertJson[],
  kpiById: ReadonlyMap<string, KpiJson>,
): AlertRow[] {
  return alerts.map((a) => ({
    ...a,
    when: kpiById.get(a.kpi)?.triggerDefinitions[a.trigger]?.when ?? null,
  }));
}
