import { ALIGNMENT_CHECKS } from '../analytics/alignment.ts';
import { DEFAULT_LOCALE } from '../schema/strategy.ts';
import type { KpiAnalysis, LinkAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import { DEFAULT_THRESHOLDS, type Status } from '../analytics/status.ts';
import { executionRate } from '../analytics/triggers.ts';
import { TREND_FDR } from '../analytics/trend.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { findingsJson } from '../diagnostics/format-json.ts';
import {
  CADENCES,
  GRAIN_OF,
  formatDay,
  formatPeriod,
  periodEnd,
  periodIndexOf,
  type Cadence,
  type Grain,
} from '../period/period.ts';
import type { Trigger } from '../schema/metric.ts';
import { LEVEL_NUMBER } from '../schema/teams.ts';
import { smartChecks } from '../findings/smart-checks.ts';
import type {
  AlertJson,
  GoalJson,
  KpiJson,
  LinkJson,
  ModelJson,
  ObjectiveJson,
  TeamJson,
} from './model.ts';

/** Turns the analysis and the findings into the model JSON (SPEC §5). Pure and deterministic. */
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
    const measuring = active.filter((k) => k.objectives.includes(o.id));
    const primary = measuring.filter((k) => k.primary);
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
      kpis: measuring.map((k) => k.id),
      status: worstStatus((primary.length > 0 ? primary : measuring).map((k) => k.status)),
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
      status:
        headline.length > 0
          ? worstStatus(headline.map((k) => k.status))
          : worstStatus(serving.map((o) => o.status)),
      score: analysis.scores.goals.get(g.id) ?? 0,
      smart: smartChecks(project, g).map(({ part, ok, detail }) => ({ part, ok, detail })),
    };
  });

  const policy = strategy.policy;
  const teams: TeamJson[] = sortById(project.teams).map((t) => {
    const owned = active.filter((k) => k.team === t.id).map((k) => k.id);
    const [min, max] = policy.vital_few[t.level];
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
      shared: active.filter((k) => k.sharedWith.includes(t.id)).map((k) => k.id),
      vitalFew: {
        min,
        max,
        count: owned.length,
        within: owned.length >= min && owned.length <= max,
      },
      score: analysis.scores.teams.get(t.id) ?? 0,
    };
  });

  const alerts: AlertJson[] = active.flatMap((k) => k.alerts);
  // SPEC §3: handled ÷ fired over the last 365 days, summed over the active KPIs.
  let fired = 0;
  let handled = 0;
  for (const k of analysis.kpis) {
    if (k.record.def.status !== 'active') continue;
    const rate = executionRate(k.facts.triggers.events, k.facts.grain, asOf);
    fired += rate.fired;
    handled += rate.handled;
  }

  return {
    version: 1,
    asOf: formatDay(asOf),
    organization: strategy.organization,
    locale: strategy.locale ?? DEFAULT_LOCALE,
    destination: strategy.destination ?? null,
    score: analysis.scores.organization,
    kpis,
    goals,
    objectives,
    teams,
    findings: findingsJson(findings),
    alerts,
    trends: trendTests(analysis.kpis),
    execution: { fired, handled, rate: fired === 0 ? null : handled / fired },
    noise: noiseByQuarter(analysis),
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

function kpiJson(
  k: KpiAnalysis,
  linkedFrom: { type: 'supports' | 'drives'; from: string }[],
  analysisAsOf: number,
): KpiJson {
  const def = k.record.def;
  const f = k.facts;
  const period = (index: number) => formatPeriod({ grain: f.grain, index });
  const periodDate = (index: number) => formatDay(periodEnd({ grain: f.grain, index }));
  const { days } = k.record.readings;
  let counted = days.length;
  while (counted > 0 && days[counted - 1]! > analysisAsOf) counted--;
  return {
    id: k.record.id,
    file: k.record.file,
    csv: k.record.csvFile,
    name: def.name,
    description: def.description ?? null,
    formula: def.formula ?? null,
    unit: def.unit,
    direction: def.direction,
    kind: def.kind,
    cadence: def.cadence,
    aggregate: def.aggregate,
    team: def.team,
    sharedWith: def.shared_with,
    owner: def.owner ?? null,
    level: k.level,
    lifecycle: def.status,
    primary: def.primary,
    audit: def.audit ?? null,
    horizon: def.horizon ?? null,
    objectives: def.objectives,
    introduced: def.introduced === undefined ? null : formatDay(def.introduced),
    retired:
      def.retired === undefined
        ? null
        : {
            date: formatDay(def.retired.date),
            reason: def.retired.reason,
            replacedBy: def.retired.replaced_by ?? null,
          },
    review: {
      cadence: def.review ?? null,
      last: k.lastReview === null ? null : formatDay(k.lastReview),
    },
    source:
      def.source === undefined
        ? null
        : {
            system: def.source.system ?? def.source.connection ?? 'SQL query',
            url: def.source.url ?? null,
            note: def.source.note ?? null,
          },
    status: f.status.status,
    gap: num(f.status.gap),
    latest:
      f.latest === null
        ? null
        : {
            period: period(f.latest.index),
            date: periodDate(f.latest.index),
            value: f.latest.value,
          },
    current:
      f.current === null
        ? null
        : {
            period: period(f.current.index),
            date: periodDate(f.current.index),
            value: f.current.value,
            partial: true,
          },
    planned: num(f.planned),
    baseline:
      def.baseline === undefined
        ? null
        : { date: formatDay(def.baseline.date), value: def.baseline.value },
    target:
      def.target === undefined
        ? null
        : { date: formatDay(def.target.date), value: def.target.value },
    milestones: def.milestones
      .map((m) => ({ date: formatDay(m.date), value: m.value }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
    thresholds: def.thresholds ?? DEFAULT_THRESHOLDS,
    triggerDefinitions: def.triggers.map((t, index) => ({
      index,
      when: describeCondition(t.when, f.grain),
      action: t.action,
      owner: t.owner ?? def.owner ?? null,
    })),
    trend: {
      slope: num(f.trend.slope),
      p: num(f.trend.p),
      q: num(f.trend.q),
      seasonal: f.trend.seasonal,
      direction: f.trend.direction,
      n: f.trend.n,
    },
    forecast:
      f.forecast === null
        ? null
        : {
            date: formatDay(f.forecast.day),
            value: f.forecast.value,
            low: num(f.forecast.low),
            high: num(f.forecast.high),
            probability: f.forecast.probability,
            n: f.forecast.n,
          },
    stale: f.freshness.stale,
    overdue: f.freshness.overdue,
    // Readings dated after the as-of date are ignored (SPEC §3).
    readings: {
      count: counted,
      first: counted === 0 ? null : formatDay(days[0]!),
      last: counted === 0 ? null : formatDay(days[counted - 1]!),
    },
    lineOfSight: k.lineOfSight,
    lineOfSightKinds: k.sightSteps === null ? null : k.sightSteps.map((s) => s.kind),
    impact:
      k.impact === null
        ? null
        : {
            to: k.impact.to,
            via: k.impact.via,
            declaredWeight: num(k.impact.declaredWeight),
            elasticity: interval(k.impact.elasticity),
            validated: k.impact.validated,
          },
    alignment: {
      score: k.alignment.score,
      checks: k.alignment.checks.map((c) => ({
        id: c.id,
        label: ALIGNMENT_CHECKS[c.id].label,
        points: c.points,
        passed: c.passed,
        detail: c.detail,
      })),
    },
    links: k.links.map(linkJson),
    linkedFrom: linkedFrom.sort((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : a.type < b.type ? -1 : 1,
    ),
    triggers: f.triggers.events.map((e) => ({
      trigger: e.trigger,
      period: period(e.period),
      date: periodDate(e.period),
      handled: e.handled,
      response:
        e.response === null
          ? null
          : {
              file: e.response.file,
              date: formatDay(e.response.day),
              action: e.response.action,
              owner: e.response.owner,
            },
    })),
    alerts:
      def.status !== 'active'
        ? []
        : f.triggers.alerts.map((a) => ({
            kpi: k.record.id,
            trigger: a.trigger,
            since: period(a.since),
            action: a.action,
            owner: a.owner,
          })),
  };
}

function linkJson(l: LinkAnalysis): LinkJson {
  const e = l.evidence;
  return {
    type: l.type,
    to: l.to,
    lag: e.lag,
    lagDetected: l.lagDetected,
    grain: cadenceOf(l.grain),
    effect: l.effect,
    weight: l.weight,
    r: num(e.r),
    n: e.n,
    p: num(e.p),
    pAdjusted: num(e.pAdjusted),
    seasonal: e.seasonal,
    validated: e.validated,
    decorrelated: e.decorrelated,
    recent: e.recent === null ? null : { r: num(e.recent.r), n: e.recent.n, p: num(e.recent.p) },
    earlier:
      e.earlier === null ? null : { r: num(e.earlier.r), n: e.earlier.n, p: num(e.earlier.p) },
    pWeaker: num(e.pWeaker),
    elasticity: (() => {
      const x = l.elasticity;
      const i = interval(x);
      return x === null || i === null || num(x.p) === null ? null : { ...i, p: x.p + 0, n: x.n };
    })(),
    evidence: l.state,
  };
}

/** An estimate with its interval, or null when any bound is not a finite number. */
function interval(
  x: { value: number; low: number; high: number } | null,
): { value: number; low: number; high: number } | null {
  if (x === null) return null;
  const value = num(x.value);
  const low = num(x.low);
  const high = num(x.high);
  return value === null || low === null || high === null ? null : { value, low, high };
}

/** A trigger condition in words: "falls 20 % or more against 1 week earlier". */
export function describeCondition(when: Trigger['when'], grain: Grain): string {
  const k = when.periods;
  const span = `${k} ${grain}${k === 1 ? '' : 's'}`;
  if (when.change !== undefined) {
    const pct = `${Math.abs(Math.round(when.change * 1000) / 10)} %`;
    return `${when.change < 0 ? 'falls' : 'rises'} ${pct} or more against ${span} earlier`;
  }
  if (when.below !== undefined)
    return k === 1 ? `below ${when.below}` : `below ${when.below} for ${span} in a row`;
  return k === 1 ? `above ${when.above}` : `above ${when.above} for ${span} in a row`;
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

function noiseByQuarter(analysis: ProjectAnalysis): ModelJson['noise'] {
  const byQuarter = new Map<number, { introduced: string[]; retired: string[] }>();
  const add = (day: number, key: 'introduced' | 'retired', id: string) => {
    if (day > analysis.asOf) return;
    const q = periodIndexOf(day, 'quarter');
    const entry = byQuarter.get(q) ?? { introduced: [], retired: [] };
    entry[key].push(id);
    byQuarter.set(q, entry);
  };
  for (const k of analysis.kpis) {
    const def = k.record.def;
    if (def.introduced !== undefined) add(def.introduced, 'introduced', k.record.id);
    if (def.retired !== undefined) add(def.retired.date, 'retired', k.record.id);
  }
  return [...byQuarter]
    .sort((a, b) => a[0] - b[0])
    .map(([q, e]) => ({
      quarter: formatPeriod({ grain: 'quarter', index: q }),
      introduced: e.introduced,
      retired: e.retired,
    }));
}

function cadenceOf(grain: Grain): Cadence {
  return CADENCES.find((c) => GRAIN_OF[c] === grain)!;
}

function num(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : x === 0 ? 0 : x;
}

function sortById<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Tested, flagged and the Benjamini–Hochberg threshold over the active KPIs' trends. */
function trendTests(kpis: readonly KpiAnalysis[]): ModelJson['trends'] {
  let tested = 0;
  let flagged = 0;
  let threshold: number | null = null;
  for (const k of kpis) {
    const t = k.facts.trend;
    if (k.record.def.status !== 'active' || t.q === null || t.p === null) continue;
    tested++;
    if (t.q < TREND_FDR) {
      flagged++;
      threshold = Math.max(threshold ?? 0, t.p);
    }
  }
  return { tested, flagged, threshold };
}
