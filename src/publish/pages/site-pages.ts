/** The props of the pages that show the whole organisation: home, alignment, the indexes. Pure. */
import { cascadeTree, checkPassCounts } from '../../core/analytics/alignment-summary.ts';
import { findingsSummary } from '../../core/analytics/findings-summary.ts';
import { goalsByPriority } from '../../core/analytics/goal-order.ts';
import { needsStep } from '../../core/analytics/next-step.ts';
import { scorecardCounts } from '../../core/analytics/scorecard-counts.ts';
import { RULES } from '../../core/diagnostics/rules.ts';
import type { KpiJson, ModelJson } from '../../core/model/model.ts';
import { PERSPECTIVE_LABELS, PERSPECTIVES } from '../../core/schema/strategy.ts';
import type { PlannedMap } from '../plan-charts.ts';
import type { AlignmentProps, HomeProps, PagesPlan } from '../site-plan.ts';
import { alertRows, kpiRows, type RowSource } from './kpi-rows.ts';

/** The home page: the enterprise scorecard and its counts, what needs attention, goals, alerts. */
export function homePage(model: ModelJson, rows: RowSource, strategyMap: PlannedMap): HomeProps {
  const findings = findingsSummary(model.findings);
  const active = model.kpis.filter((k) => k.lifecycle === 'active');
  return {
    destination: model.destination,
    states: scorecardCounts(model.kpis),
    score: model.score,
    alertCount: model.alerts.length,
    trends: active.map((k) => ({ lifecycle: k.lifecycle, trend: k.trend })),
    trendThreshold: model.trends.threshold,
    scorecard: kpiRows(
      rows,
      active.filter((k) => k.level === 1).map((k) => k.id),
    ),
    attention: kpiRows(
      rows,
      byUrgency(active.filter(needsStep)).map((k) => k.id),
    ),
    goals: goalsByPriority(model.goals),
    alerts: alertRows(model.alerts, rows.kpiById),
    strategyMap,
    findings: {
      errors: findings.bySeverity.error,
      warnings: findings.bySeverity.warning,
      total: findings.total,
    },
  };
}

/** Off track before at risk, then the higher level first, then by name. */
function byUrgency(kpis: readonly KpiJson[]): KpiJson[] {
  return [...kpis].sort(
    (a, b) =>
      Number(b.status === 'off-track') - Number(a.status === 'off-track') ||
      (a.level ?? 4) - (b.level ?? 4) ||
      a.name.localeCompare(b.name, 'en'),
  );
}

/** The alignment page: checks passed, findings by rule, coverage, levels, cascade, noise. */
export function alignmentPage(model: ModelJson): AlignmentProps {
  const active = model.kpis.filter((k) => k.lifecycle === 'active');
  const kpiByFile = new Map(
    model.kpis.flatMap((k) => [
      [k.file, k] as const,
      ...(k.csv === null ? [] : [[k.csv, k] as const]),
    ]),
  );
  const summary = findingsSummary(model.findings);
  const teamName = new Map(model.teams.map((t) => [t.id, t.name]));
  const teams = [...new Set(model.findings.map((f) => kpiByFile.get(f.file)?.team ?? ''))]
    .map((id) => ({
      value: id === '' ? '-' : id,
      label: id === '' ? 'not a KPI file' : (teamName.get(id) ?? id),
    }))
    .sort((a, b) =>
      a.value === '-' ? 1 : b.value === '-' ? -1 : a.label.localeCompare(b.label, 'en'),
    );
  return {
    score: model.score,
    active: active.length,
    findings: {
      total: summary.total,
      groups: summary.byRule.map((g) => ({
        rule: g.rule,
        severity: g.severity,
        summary:
          (RULES as Record<string, { summary: string } | undefined>)[g.rule]?.summary ?? null,
        findings: g.findings.map((f) => {
          const kpi = kpiByFile.get(f.file);
          return {
            file: f.file,
            line: f.line,
            severity: f.severity,
            message: f.message,
            hint: f.hint,
            kpi: kpi?.id ?? null,
            team: kpi?.team ?? null,
          };
        }),
      })),
      severities: (['error', 'warning', 'info'] as const).filter((s) => summary.bySeverity[s] > 0),
      teams,
    },
    checks: checkPassCounts(active),
    coverage: PERSPECTIVES.map((p) => ({
      label: PERSPECTIVE_LABELS[p],
      objectives: model.objectives
        .filter((o) => o.perspective === p)
        .map((o) => ({ id: o.id, title: o.title, kpis: o.kpis.length })),
    })),
    levels: [...model.teams].sort((a, b) => a.level - b.level),
    cascade: cascadeTree(active),
    noise: model.noise,
  };
}

/** The KPI, goal, team, journal, strategy-map and search pages. */
export function indexPages(
  model: ModelJson,
  rows: RowSource,
  strategyMap: PlannedMap,
): Pick<PagesPlan, 'kpiIndex' | 'goalIndex' | 'teamIndex' | 'journal' | 'strategyMap' | 'search'> {
  const byTeam = [...model.teams]
    .sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : 1))
    .map((t) => ({
      team: { id: t.id, name: t.name, level: t.level },
      kpis: kpiRows(
        rows,
        model.kpis.filter((k) => k.team === t.id && k.lifecycle === 'active').map((k) => k.id),
      ),
    }))
    .filter((g) => g.kpis.length > 0);
  return {
    kpiIndex: {
      total: model.kpis.length,
      byTeam,
      other: model.kpis
        .filter((k) => k.lifecycle !== 'active')
        .map((k) => ({ id: k.id, name: k.name, lifecycle: k.lifecycle })),
    },
    goalIndex: { goals: goalsByPriority(model.goals), objectives: model.objectives },
    teamIndex: { teams: model.teams },
    journal: { entries: [...model.journal].reverse(), execution: model.execution },
    strategyMap,
    search: {
      kpis: model.kpis.map((k) => ({ id: k.id, name: k.name })),
      goals: model.goals.map((g) => ({ id: g.id, title: g.title })),
      objectives: model.objectives.map((o) => ({ id: o.id, title: o.title })),
      teams: model.teams.map((t) => ({ id: t.id, name: t.name })),
    },
  };
}
