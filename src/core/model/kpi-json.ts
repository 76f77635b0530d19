import { ALIGNMENT_CHECKS } from '../analytics/alignment.ts';
import type { KpiAnalysis, LinkAnalysis } from '../analytics/analyze-project.ts';
import { DEFAULT_THRESHOLDS } from '../analytics/status.ts';
import {
  CADENCES,
  GRAIN_OF,
  formatDay,
  formatPeriod,
  periodEnd,
  type Cadence,
  type Grain,
} from '../period/period.ts';
import { describeCondition } from './describe-condition.ts';
import type { KpiJson, LinkJson } from './model.ts';

/** One KPI of the model JSON (SPEC §5): its definition, computed facts, links and trigger events. */
export function kpiJson(
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

function cadenceOf(grain: Grain): Cadence {
  return CADENCES.find((c) => GRAIN_OF[c] === grain)!;
}

function num(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : x === 0 ? 0 : x;
}
