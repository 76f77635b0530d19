import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { executionTotals } from '../analytics/execution-totals.ts';
import { noiseByQuarter } from '../analytics/noise-by-quarter.ts';
import { rollUpGoal, rollUpObjective, rollUpTeam } from '../analytics/roll-ups.ts';
import { countTrendTests } from '../analytics/trend-tests.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { findingsJson } from '../diagnostics/format-json.ts';
import { smartChecks } from '../findings/smart-checks.ts';
import { formatDay, formatPeriod } from '../period/period.ts';
import { localeOf } from '../schema/strategy.ts';
import { LEVEL_NUMBER } from '../schema/teams.ts';
import { kpiJson } from './kpi-json.ts';
import type { AlertJson, GoalJson, KpiJson, ModelJson, ObjectiveJson, TeamJson } from './model.ts';

/**
 * The model JSON (SPEC §5): a projection of the analysis and the findings into plain, sorted data.
 * It computes nothing — statuses and counts roll up in `analytics/` (roll-ups.ts,
 * execution-totals.ts, trend-tests.ts, noise-by-quarter.ts); one KPI is `kpiJson`. Pure and
 * deterministic.
 */
export function buildModel(analysis: ProjectAnalysis, findings: readonly Diagnostic[]): ModelJson {
  const { project, asOf } = analysis;
  const strategy = project.strategy;
  const linkedFrom = new Map<string, { type: 'supports' | 'drives'; from: string }[]>();
  for (const k of analysis.kpis) {
    for (const l of k.links) {
      const list = linkedFrom.get(l.to) ?? [];
      list.push({ type: l.type, from: k.record.id });
      linkedFrom.set(l.to, list);
    }
  }
  const kpis = analysis.kpis.map((k) => kpiJson(k, linkedFrom.get(k.record.id) ?? [], asOf));
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const active = kpis.filter((k) => k.lifecycle === 'active');

  const objectives: ObjectiveJson[] = sortById(strategy.objectives).map((o) => {
    const { kpis: measuring, status } = rollUpObjective(o.id, active);
    return {
      id: o.id,
      title: o.title,
      description: o.description ?? null,
      perspective: o.perspective,
      goals: o.goals,
      drives: o.drives,
      drivenBy: strategy.objectives
        .filter((x) => x.drives.includes(o.id))
        .map((x) => x.id)
        .sort(),
      owner: o.owner ?? null,
      kpis: measuring,
      status,
      score: analysis.scores.objectives.get(o.id) ?? 0,
    };
  });

  const goals: GoalJson[] = sortById(strategy.goals).map((g) => {
    const serving = objectives.filter((o) => o.goals.includes(g.id));
    const headline = g.kpis
      .map((id) => byId.get(id))
      .filter((k): k is KpiJson => k !== undefined && k.lifecycle === 'active');
    return {
      id: g.id,
      title: g.title,
      statement: g.statement ?? null,
      owner: g.owner ?? null,
      deadline: g.deadline === undefined ? null : formatDay(g.deadline),
      priority: g.priority ?? null,
      kpis: g.kpis,
      objectives: serving.map((o) => o.id),
      status: rollUpGoal(headline, serving),
      score: analysis.scores.goals.get(g.id) ?? 0,
      smart: smartChecks(project, g).map(({ part, ok, detail }) => ({ part, ok, detail })),
    };
  });

  const policy = strategy.policy;
  const teams: TeamJson[] = sortById(project.teams).map((t) => {
    const { kpis: owned, shared, vitalFew } = rollUpTeam(t.id, active, policy.vital_few[t.level]);
    return {
      id: t.id,
      name: t.name,
      level: LEVEL_NUMBER[t.level],
      levelName: t.level,
      parent: t.parent ?? null,
      children: project.teams
        .filter((c) => c.parent === t.id)
        .map((c) => c.id)
        .sort(),
      lead: t.lead ?? null,
      github: t.github ?? null,
      kpis: owned,
      shared,
      vitalFew,
      score: analysis.scores.teams.get(t.id) ?? 0,
    };
  });

  const alerts: AlertJson[] = active.flatMap((k) => k.alerts);

  return {
    version: 1,
    asOf: formatDay(asOf),
    organization: strategy.organization,
    locale: localeOf(strategy),
    destination: strategy.destination ?? null,
    score: analysis.scores.organization,
    kpis,
    goals,
    objectives,
    teams,
    findings: findingsJson(findings),
    alerts,
    trends: countTrendTests(analysis.kpis),
    execution: executionTotals(analysis.kpis, asOf),
    noise: noiseByQuarter(analysis.kpis, asOf).map((q) => ({
      quarter: formatPeriod({ grain: 'quarter', index: q.quarter }),
      introduced: q.introduced,
      retired: q.retired,
    })),
    journal: analysis.journal.map(({ file, entry }) => ({
      file,
      date: formatDay(entry.date),
      title: entry.title ?? null,
      attendees: entry.attendees,
      notes: entry.notes ?? null,
      decisions: entry.decisions.map((d) => ({
        kpi: d.kpi,
        decision: d.decision,
        note: d.note ?? null,
      })),
      actions: entry.actions
        .filter((a) => a.date <= asOf)
        .map((a) => ({
          kpi: a.kpi,
          date: formatDay(a.date),
          action: a.action,
          owner: a.owner ?? null,
          done: a.done === undefined || a.done > asOf ? null : formatDay(a.done),
        })),
    })),
  };
}

function sortById<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
