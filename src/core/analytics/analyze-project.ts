import type { JournalRecord, KpiRecord, Project } from '../load/project.ts';
import type { Grain } from '../period/period.ts';
import { LEVEL_NUMBER } from '../schema/teams.ts';
import { scoreAlignment, meanScore, type Alignment } from './alignment.ts';
import { analyzeKpi, type KpiFacts } from './analyze-kpi.ts';
import { elasticity, type Elasticity } from './elasticity.ts';
import { evidenceState, type EvidenceState } from './evidence-state.ts';
import { expectedSign } from './expected-sign.ts';
import { impactInterval } from './impact-interval.ts';
import { commonGrain, leadLagEvidence, type LeadLagEvidence } from './lead-lag.ts';
import { linesOfSight, type SightStep } from './line-of-sight.ts';
import { lazy, withValues } from './lazy.ts';
import { linkSeries } from './link-series.ts';
import type { PeriodSeries } from './series.ts';
import { benjaminiHochberg } from './stats/benjamini-hochberg.ts';
import { judgeTrend } from './trend.ts';

/** Evidence for one link of a KPI. */
export interface LinkAnalysis {
  readonly type: 'supports' | 'drives';
  readonly to: string;
  /** Index of the link in the KPI file's `supports` or `drives` list. */
  readonly index: number;
  readonly grain: Grain;
  /** The declared weight of a supports link. */
  readonly weight: number | null;
  readonly effect: 'direct' | 'inverse';
  /** True when the lag was detected rather than declared. */
  readonly lagDetected: boolean;
  /** The sign r must have: from the two KPIs' directions and `effect`. */
  readonly sign: 1 | -1;
  readonly evidence: LeadLagEvidence;
  /** The evidence in one word. */
  readonly state: EvidenceState;
  /** Observed elasticity at the link's lag with its 95 % interval; null when not estimable. */
  readonly elasticity: Elasticity | null;
}

/** "10 % better here ≈ x % there": through the supports chain to the top of the cascade. */
export interface Impact {
  /** The KPI at the top of the chain. */
  readonly to: string;
  /** The KPIs passed through, this one first. */
  readonly via: readonly string[];
  /** Product of the declared weights, null when a link has none. */
  readonly declaredWeight: number | null;
  /** Product of the observed elasticities with a 95 % interval; null when a link has none. */
  readonly elasticity: { value: number; low: number; high: number } | null;
  /** True when every link of the chain is validated by the data. */
  readonly validated: boolean;
}

/** Everything computed about one KPI. */
export interface KpiAnalysis {
  readonly record: KpiRecord;
  readonly facts: KpiFacts;
  /** Cascade level of the owning team, 1–3; null when the team is unknown. */
  readonly level: 1 | 2 | 3 | null;
  /** Ids from the KPI to a goal, or null. */
  readonly lineOfSight: readonly string[] | null;
  /** The same chain with the kind of each step. */
  readonly sightSteps: readonly SightStep[] | null;
  readonly links: readonly LinkAnalysis[];
  readonly impact: Impact | null;
  readonly alignment: Alignment;
  /** Latest journal decision about it (day), up to the as-of date. */
  readonly lastReview: number | null;
}

/** The computed state of a whole project as of a day. */
export interface ProjectAnalysis {
  readonly project: Project;
  readonly asOf: number;
  /** Journal entries up to the as-of date. */
  readonly journal: readonly JournalRecord[];
  /** Sorted by id. */
  readonly kpis: readonly KpiAnalysis[];
  readonly kpiById: ReadonlyMap<string, KpiAnalysis>;
  readonly scores: {
    readonly organization: number;
    readonly teams: ReadonlyMap<string, number>;
    readonly objectives: ReadonlyMap<string, number>;
    readonly goals: ReadonlyMap<string, number>;
  };
}

/**
 * Computes every KPI's facts, links, line of sight and alignment, and the rolled-up scores. The
 * cost is linear in readings: each KPI's series once per grain it is needed at, and work per link,
 * never across all pairs of KPIs.
 */
export function analyzeProject(project: Project, asOf: number): ProjectAnalysis {
  const policy = project.strategy.policy;
  const journal = project.journal.filter((j) => j.entry.date <= asOf);
  const facts = new Map<string, KpiFacts>();
  for (const kpi of project.kpis) facts.set(kpi.id, analyzeKpi(kpi, journal, policy, asOf));
  // SPEC §3.1 Trend: one Benjamini–Hochberg q across the organisation's active KPIs.
  const tested = project.kpis.filter((k) => k.def.status === 'active');
  const qs = benjaminiHochberg(tested.map((k) => facts.get(k.id)!.trend.p));
  const qOf = new Map(tested.map((k, i) => [k.id, qs[i]!]));
  for (const kpi of project.kpis) {
    const f = facts.get(kpi.id)!;
    facts.set(kpi.id, withValues(f, { trend: judgeTrend(f.trend, qOf.get(kpi.id) ?? null) }));
  }

  const seriesCache = new Map<string, PeriodSeries>();
  const seriesAt = (id: string, grain: Grain): PeriodSeries => {
    const own = facts.get(id)!;
    if (own.grain === grain) return own.series;
    const key = `${id}\u0000${grain}`;
    let s = seriesCache.get(key);
    if (s === undefined) {
      const rec = project.kpiById.get(id)!;
      s = linkSeries(rec.readings, rec.def, grain, asOf);
      seriesCache.set(key, s);
    }
    return s;
  };

  const links = new Map<string, LinkAnalysis[]>();
  for (const kpi of project.kpis) {
    const out: LinkAnalysis[] = [];
    kpi.def.supports.forEach((link, index) => {
      const parent = project.kpiById.get(link.kpi);
      if (parent === undefined || parent.id === kpi.id) return;
      const grain = commonGrain(kpi.def.cadence, parent.def.cadence);
      const child = seriesAt(kpi.id, grain);
      const up = seriesAt(parent.id, grain);
      const sign = expectedSign(kpi.def.direction, parent.def.direction, 'direct');
      const evidence = leadLagEvidence(child, up, 0, sign);
      out.push(
        lazy(
          {
            type: 'supports',
            to: parent.id,
            index,
            grain,
            weight: link.weight ?? null,
            effect: 'direct',
            lagDetected: false,
            sign,
            evidence,
            state: evidenceState(evidence, false),
          },
          'elasticity',
          () => elasticity(child, up, 0).estimate,
        ),
      );
    });
    kpi.def.drives.forEach((link, index) => {
      const lagging = project.kpiById.get(link.kpi);
      if (lagging === undefined || lagging.id === kpi.id) return;
      const grain = commonGrain(kpi.def.cadence, lagging.def.cadence);
      const lead = seriesAt(kpi.id, grain);
      const lag = seriesAt(lagging.id, grain);
      const sign = expectedSign(kpi.def.direction, lagging.def.direction, link.effect);
      const evidence = leadLagEvidence(lead, lag, link.lag, sign);
      out.push(
        lazy(
          {
            type: 'drives',
            to: lagging.id,
            index,
            grain,
            weight: null,
            effect: link.effect,
            lagDetected: link.lag === undefined,
            sign,
            evidence,
            state: evidenceState(evidence, link.lag === undefined),
          },
          'elasticity',
          () => (evidence.lag === null ? null : elasticity(lead, lag, evidence.lag).estimate),
        ),
      );
    });
    links.set(kpi.id, out);
  }

  const sight = linesOfSight(project);
  const lastReview = new Map<string, number>();
  for (const { entry } of journal)
    for (const d of entry.decisions)
      lastReview.set(d.kpi, Math.max(lastReview.get(d.kpi) ?? -Infinity, entry.date));

  const kpis: KpiAnalysis[] = project.kpis.map((record) => {
    const f = facts.get(record.id)!;
    const team = project.teamById.get(record.def.team);
    const own = links.get(record.id)!;
    const sightSteps = sight.get(record.id) ?? null;
    const lineOfSight = sightSteps === null ? null : sightSteps.map((s) => s.id);
    const analysis = {
      record,
      facts: f,
      level: team === undefined ? null : LEVEL_NUMBER[team.level],
      lineOfSight,
      sightSteps,
      links: own,
      alignment: scoreAlignment({
        owner: record.def.owner ?? null,
        lineOfSight,
        hasTarget: record.def.target !== undefined,
        triggers: record.def.triggers.length,
        hasReadings: f.latest !== null || f.current !== null,
        stale: f.freshness.stale,
        overdue: f.freshness.overdue,
        kind: record.def.kind,
        drives: own
          .filter((l) => l.type === 'drives')
          .map((l) => ({
            to: l.to,
            n: l.evidence.n,
            validated: l.evidence.validated,
            suggested: l.state === 'suggested',
            weakened: l.state === 'decorrelated',
          })),
        vanity: record.def.audit === 'vanity',
      }),
      lastReview: lastReview.get(record.id) ?? null,
    };
    // Only the model reads the impact, through the elasticities of the links on the way up.
    return lazy(analysis, 'impact', () => impactOf(record.id, links));
  });
  const kpiById = new Map(kpis.map((k) => [k.record.id, k]));
  const active = kpis.filter((k) => k.record.def.status === 'active');
  const teams = new Map(
    project.teams.map((t) => [
      t.id,
      meanScore(active.filter((k) => k.record.def.team === t.id).map((k) => k.alignment.score)),
    ]),
  );
  const objectives = new Map(
    project.strategy.objectives.map((o) => [
      o.id,
      meanScore(
        active.filter((k) => k.record.def.objectives.includes(o.id)).map((k) => k.alignment.score),
      ),
    ]),
  );
  const goals = new Map(
    project.strategy.goals.map((g) => [
      g.id,
      meanScore(
        project.strategy.objectives
          .filter((o) => o.goals.includes(g.id))
          .map((o) => objectives.get(o.id)!),
      ),
    ]),
  );
  return {
    project,
    asOf,
    journal,
    kpis,
    kpiById,
    scores: {
      organization: meanScore(active.map((k) => k.alignment.score)),
      teams,
      objectives,
      goals,
    },
  };
}

/**
 * Follows the first supports link up to the top of the cascade, multiplying weights and
 * elasticities; the elasticity's interval is propagated along the chain (`impactInterval`).
 */
function impactOf(id: string, links: ReadonlyMap<string, LinkAnalysis[]>): Impact | null {
  const via = [id];
  let weight: number | null = 1;
  const chain: LinkAnalysis[] = [];
  let current = id;
  for (let hop = 0; hop < 10; hop++) {
    const up = links.get(current)?.find((l) => l.type === 'supports');
    if (up === undefined || via.includes(up.to)) break;
    weight = weight === null || up.weight === null ? null : weight * up.weight;
    chain.push(up);
    via.push(up.to);
    current = up.to;
  }
  if (via.length === 1) return null;
  return {
    to: current,
    via,
    declaredWeight: weight,
    elasticity: impactInterval(chain.map((l) => l.elasticity)),
    validated: chain.every((l) => l.evidence.validated),
  };
}
