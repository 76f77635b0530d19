/** The props of the goal, objective and team pages. Pure. */
import type {
  GoalJson,
  KpiJson,
  ModelJson,
  ObjectiveJson,
  TeamJson,
} from '../../core/model/model.ts';
import { GRAIN_OF } from '../../core/period/period.ts';
import type { PlannedCharts } from '../plan-charts.ts';
import type { GoalPageProps, ObjectivePageProps, TeamPageProps } from '../site-plan.ts';
import { alertRows, kpiRows, stateCounts, type RowSource } from './kpi-rows.ts';

/**
 * A goal's page: its headline KPIs with their charts, the objectives serving it, and every
 * active KPI whose line of sight reaches it (primary ones first).
 */
export function goalPage(
  model: ModelJson,
  goal: GoalJson,
  rows: RowSource,
  drawn: PlannedCharts,
): GoalPageProps {
  const reaching = model.kpis.filter(
    (k) =>
      k.lifecycle === 'active' && k.lineOfSight?.at(-1) === goal.id && !goal.kpis.includes(k.id),
  );
  const ordered = [...reaching.filter((k) => k.primary), ...reaching.filter((k) => !k.primary)];
  const headline = kpiRows(rows, goal.kpis).map((r) => ({
    ...r,
    charts: {
      wide: drawn.charts[`kpi/${r.kpi.id}`]!,
      narrow: drawn.charts[`kpi-narrow/${r.kpi.id}`]!,
      caption: drawn.captions[`kpi/${r.kpi.id}`]!,
      legend: drawn.legends[`kpi/${r.kpi.id}`]!,
    },
  }));
  const kpis = kpiRows(
    rows,
    ordered.map((k) => k.id),
  );
  return {
    id: goal.id,
    goal,
    states: stateCounts([...headline, ...kpis]),
    headline,
    objectives: model.objectives.filter((o) => goal.objectives.includes(o.id)),
    kpis,
  };
}

/** An objective's page: its KPIs and the drives links between them. */
export function objectivePage(
  objective: ObjectiveJson,
  rows: RowSource,
  kpiById: ReadonlyMap<string, KpiJson>,
): ObjectivePageProps {
  const kpis = kpiRows(rows, objective.kpis);
  const ids = new Set(objective.kpis);
  const links = objective.kpis.flatMap((id) =>
    (kpiById.get(id)?.links ?? [])
      .filter((l) => l.type === 'drives' && ids.has(l.to))
      .map((l) => ({
        from: id,
        to: l.to,
        lag: l.lag === null ? null : periods(l.lag, l.grain),
        link: l,
      })),
  );
  return { id: objective.id, objective, states: stateCounts(kpis), kpis, links };
}

/** "3 weeks", "1 month", "2 days": a lag in its periods. */
export function periods(n: number, grain: KpiJson['cadence']): string {
  return `${n} ${GRAIN_OF[grain]}${n === 1 ? '' : 's'}`;
}

/** A team's page: the teams above it, its KPIs and the shared ones, its alerts. */
export function teamPage(model: ModelJson, team: TeamJson, rows: RowSource): TeamPageProps {
  const byId = new Map(model.teams.map((t) => [t.id, t]));
  const chain: { id: string; name: string }[] = [];
  for (let p = team.parent; p !== null && chain.length < 5;) {
    const parent = byId.get(p);
    if (parent === undefined) break;
    chain.unshift({ id: parent.id, name: parent.name });
    p = parent.parent;
  }
  const owned = kpiRows(rows, team.kpis);
  return {
    id: team.id,
    team,
    states: stateCounts(owned),
    chain,
    owned,
    shared: kpiRows(rows, team.shared),
    trendThreshold: model.trends.threshold,
    alerts: alertRows(
      model.alerts.filter((a) => team.kpis.includes(a.kpi)),
      rows.kpiById,
    ),
  };
}
