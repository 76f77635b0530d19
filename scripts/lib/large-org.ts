/**
 * A valid organisation of any size, for benchmarks: three goals, twelve objectives over the four
 * perspectives, a team tree sized to the KPI count (the vital few per level: about 6 enterprise
 * KPIs, 5 per function, 4 per team), N KPIs with readings over Y years.
 *
 * Links never form cycles: `supports` goes from a team's KPI to one of its parent's, and `drives`
 * goes from a later-generated KPI to an earlier one. Half of the `drives` links are built to
 * correlate (the leading series anticipates the lagging one), so lead/lag analysis has real work.
 *
 * Everything is built in the shape of the files (the YAML keys of the format), for
 * scripts/gen-large.ts to write with `yaml`. Readings are kept as Float64Arrays and rendered to CSV
 * text once per file on demand: a 1,000-KPI, 5-year daily organisation is about 1.8 million rows.
 */
import {
  GRAIN_OF,
  formatPeriod,
  parseDay,
  periodEnd,
  periodIndexOf,
  type Cadence,
  type Grain,
  type Period,
} from '../../src/core/period/period.ts';
import type { Perspective } from '../../src/core/schema/strategy.ts';
import { createRandom, type Random } from './random.ts';

/** A file's content as YAML-ready data. */
type Yaml = Record<string, unknown>;

/** A team, as teams.yaml lists it. */
interface Team {
  id: string;
  name: string;
  level: 'enterprise' | 'function' | 'team';
  parent?: string;
  lead?: string;
  github?: string;
}

/** A KPI file (metrics/<id>.yaml) with the few fields the generator reads back. */
interface Metric extends Yaml {
  id: string;
  team: string;
  owner: string;
  unit: string;
  review?: 'quarterly';
}

/** A journal file (journal/<file>.yaml). */
interface JournalFile {
  file: string;
  entry: Yaml;
}

/** The organisation's files. */
interface Organization {
  strategy: Yaml & { objectives: { id: string; perspective: Perspective }[] };
  teams: Team[];
  metrics: Metric[];
  journal: JournalFile[];
}

function day(text: string): number {
  const d = parseDay(text);
  if (d === null) throw new Error(`not a day: ${text}`);
  return d;
}

/** Periods from the one holding `firstDay` to the last one that ended by `lastDay`. */
function periodsThrough(grain: Grain, firstDay: number, lastDay: number): Period[] {
  const out: Period[] = [];
  for (let index = periodIndexOf(firstDay, grain); periodEnd({ grain, index }) <= lastDay; index++)
    out.push({ grain, index });
  return out;
}

export interface LargeOptions {
  kpis: number;
  years: number;
  seed: number;
  cadence: Cadence;
  /** Last day with readings (`YYYY-MM-DD`). */
  end: string;
}

export interface LargeOrganization {
  org: Organization;
  /** The CSV text of a KPI's readings, rendered on demand. */
  csv(id: string): { text: string; rows: number };
  /** Readings in all (present or missing). */
  rows: number;
}

const PERSPECTIVE_OBJECTIVES: Record<Perspective, string[]> = {
  financial: ['grow-revenue', 'improve-margin', 'reduce-operating-cost'],
  customer: ['win-customers', 'retain-customers', 'raise-satisfaction'],
  'internal-process': ['speed-up-delivery', 'improve-quality', 'automate-operations'],
  'learning-growth': ['develop-skills', 'modernize-systems', 'engage-people'],
};
const CHAIN: Perspective[] = ['learning-growth', 'internal-process', 'customer', 'financial'];
const GOALS = ['grow-revenue-goal', 'delight-customers-goal', 'run-efficiently-goal'];
const UNITS = ['count', 'percent', 'currency:USD', 'ratio', 'days', 'hours', 'score'];
const DIRECTIONS = ['up', 'up', 'down', 'target'] as const;
const AGGREGATES = ['sum', 'mean', 'last', 'max'] as const;
const NAMES = [
  'Ada Byrne',
  'Bo Chen',
  'Cy Diallo',
  'Di Evans',
  'Ed Fox',
  'Flo Garcia',
  'Gus Ito',
  'Hal Joshi',
];

function strategyOf(kpiIds: readonly string[], endText: string): Organization['strategy'] {
  const objectives: { id: string; perspective: Perspective; [key: string]: unknown }[] = [];
  CHAIN.forEach((perspective, level) => {
    PERSPECTIVE_OBJECTIVES[perspective].forEach((id, i) => {
      const next = CHAIN[level + 1];
      objectives.push({
        id,
        title: id.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase()),
        perspective,
        goals: [GOALS[i]!],
        ...(next === undefined ? {} : { drives: [PERSPECTIVE_OBJECTIVES[next][i]!] }),
        owner: NAMES[(level * 3 + i) % NAMES.length]!,
      });
    });
  });
  const year = Number(endText.slice(0, 4));
  return {
    organization: 'Large Benchmark Co',
    destination: 'A synthetic organisation for benchmarks. Every number in it is generated.',
    policy: { primary_per_owner: 3, stale_after_periods: 2, response_days: 14 },
    goals: GOALS.map((id, i) => ({
      id,
      title: id
        .replace(/-goal$/, '')
        .replaceAll('-', ' ')
        .replace(/^./, (c) => c.toUpperCase()),
      statement: `Improve the headline KPI by ${10 + 5 * i}% by ${year}-12-31`,
      kpis: [kpiIds[Math.min(i, kpiIds.length - 1)]!],
      owner: NAMES[i]!,
      deadline: `${year}-12-31`,
      priority: i + 1,
    })),
    objectives,
  };
}

/** The team tree for n KPIs, and which team owns each KPI (enterprise first, then functions, then teams). */
function teamsFor(n: number): { teams: Team[]; owners: string[] } {
  const enterpriseKpis = Math.min(6, n);
  const rest = n - enterpriseKpis;
  const functions = Math.max(1, Math.round(rest / 21));
  const teams: Team[] = [{ id: 'hq', name: 'Headquarters', level: 'enterprise', lead: NAMES[0]! }];
  const fnIds: string[] = [];
  const teamIds: string[] = [];
  for (let f = 0; f < functions; f++) {
    const id = `function-${f + 1}`;
    fnIds.push(id);
    teams.push({
      id,
      name: `Function ${f + 1}`,
      level: 'function',
      parent: 'hq',
      lead: NAMES[(f + 1) % NAMES.length]!,
    });
    for (let t = 0; t < 4; t++) {
      const teamId = `team-${f + 1}-${t + 1}`;
      teamIds.push(teamId);
      teams.push({
        id: teamId,
        name: `Team ${f + 1}.${t + 1}`,
        level: 'team',
        parent: id,
        ...(t === 0 ? { github: `@large/${teamId}` } : {}),
      });
    }
  }
  const owners: string[] = Array.from({ length: enterpriseKpis }, () => 'hq');
  const fnKpis = Math.min(rest, functions * 5);
  for (let i = 0; i < fnKpis; i++) owners.push(fnIds[i % functions]!);
  for (let i = 0; i < rest - fnKpis; i++) owners.push(teamIds[i % teamIds.length]!);
  return { teams, owners };
}

/** One KPI's values: trend, yearly seasonality, a weekday pattern for daily series, noise. */
function series(r: Random, days: Int32Array, level: number): Float64Array {
  const trend = r.normal(0.06, 0.08);
  const season = r.next() * 0.25;
  const phase = r.next();
  const weekday = r.next() * 0.12;
  const noise = 0.02 + r.next() * 0.06;
  const out = new Float64Array(days.length);
  const first = days[0]!;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    const years = (d - first) / 365.25;
    const seasonal = 1 + season * Math.sin(2 * Math.PI * (years - phase));
    const week = 1 + (weekday * (((d + 3) % 7) - 3)) / 3;
    out[i] = level * (1 + trend * years) * seasonal * week * (1 + noise * r.normal());
  }
  return out;
}

/** Builds the organisation; readings are rendered later by `csv`. */
export function buildLargeOrganization(options: LargeOptions): LargeOrganization {
  const { kpis: n, years, seed, cadence } = options;
  const rng = createRandom(seed);
  const endDay = day(options.end);
  const startDay = endDay - Math.round(years * 365.25) + 1;
  const grain = GRAIN_OF[cadence];
  const periods = periodsThrough(grain, startDay, endDay);
  const dates = periods.map((p) => formatPeriod(p));
  const days = Int32Array.from(periods, (p) => periodEnd(p));
  const { teams, owners } = teamsFor(n);
  const teamById = new Map(teams.map((t) => [t.id, t]));

  const endYear = Number(options.end.slice(0, 4));
  const baselineDate = `${endYear - 1}-01-01`;
  const baselineIndex = Math.max(
    0,
    days.findIndex((d) => d >= day(baselineDate)),
  );
  const ids = Array.from(
    { length: n },
    (_, i) => `kpi-${String(i + 1).padStart(String(n).length, '0')}`,
  );
  const values: Float64Array[] = [];
  const metrics: Metric[] = [];
  const kpisOfTeam = new Map<string, string[]>();
  const objectiveIds = Object.values(PERSPECTIVE_OBJECTIVES).flat();
  const lagging: number[] = [];

  for (let i = 0; i < n; i++) {
    const r = rng.fork(ids[i]!);
    const id = ids[i]!;
    const team = teamById.get(owners[i]!)!;
    const unit = UNITS[i % UNITS.length]!;
    const direction = DIRECTIONS[i % DIRECTIONS.length]!;
    const level =
      unit === 'percent'
        ? 40 + r.next() * 50
        : unit === 'currency:USD'
          ? 1000 + r.next() * 100_000
          : 10 + r.next() * 990;
    const leading = i >= 6 && i % 3 === 0;
    const drivesTarget =
      leading && lagging.length > 0 && r.chance(0.6)
        ? lagging[r.int(0, lagging.length - 1)]!
        : undefined;
    let v = series(r, days, level);
    const lag = r.int(0, 3);
    if (drivesTarget !== undefined && r.chance(0.5)) {
      // Built to correlate: the leading series anticipates the lagging one by `lag` periods.
      const target = values[drivesTarget]!;
      const scale = level / (target.reduce((a, b) => a + b, 0) / target.length);
      v = v.map(
        (x, t) => 0.3 * x + 0.7 * scale * (target[Math.min(target.length - 1, t + lag)] ?? x),
      );
    }
    values.push(v);
    if (!leading) lagging.push(i);
    const parentKpis = team.parent === undefined ? [] : (kpisOfTeam.get(team.parent) ?? []);
    const supports =
      parentKpis.length > 0
        ? [
            {
              kpi: parentKpis[i % parentKpis.length]!,
              weight: Math.round(r.next() * 50 + 10) / 100,
            },
          ]
        : undefined;
    // Leading KPIs measure process and learning objectives; lagging ones customer and financial.
    const perspectiveObjectives = leading ? objectiveIds.slice(6) : objectiveIds.slice(0, 6);
    const objective = perspectiveObjectives[i % perspectiveObjectives.length]!;
    const last = v[v.length - 1]!;
    const base = v[baselineIndex]!;
    const decimals = unit === 'count' || unit === 'currency:USD' ? 0 : 1;
    const rounded = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
    const metric: Metric = {
      id,
      name: `Metric ${i + 1} of ${team.name}`,
      description: `Synthetic ${leading ? 'leading' : 'lagging'} indicator ${i + 1}, owned by ${team.name}.`,
      formula: `sum(events_${i + 1})`,
      unit,
      direction,
      kind: leading ? 'leading' : 'lagging',
      team: team.id,
      ...(i % 17 === 5 && team.parent !== undefined ? { shared_with: [team.parent] } : {}),
      owner: NAMES[i % NAMES.length]!,
      cadence,
      aggregate: AGGREGATES[i % AGGREGATES.length]!,
      objectives: [objective],
      ...(supports === undefined ? {} : { supports }),
      ...(drivesTarget === undefined ? {} : { drives: [{ kpi: ids[drivesTarget]!, lag }] }),
      ...(i % 9 === 0 ? { primary: true } : {}),
      baseline: { value: rounded(base), date: baselineDate },
      target: {
        value: rounded(
          direction === 'down'
            ? last * 0.9
            : direction === 'target'
              ? (last + base) / 2
              : last * 1.1,
        ),
        date: `${endYear}-12-31`,
      },
      triggers: [
        {
          when:
            direction === 'down'
              ? { above: rounded(last * 1.5), periods: 3 }
              : { change: '-30%', periods: 1 },
          action: `Review metric ${i + 1} with ${team.name}`,
        },
      ],
      audit: leading ? 'driver' : 'outcome',
      horizon: i % 2 === 0 ? 'short' : 'long',
      status: 'active',
      introduced: formatPeriod({ grain: 'day', index: startDay }),
      ...(i % 5 === 0 ? { review: 'quarterly' as const } : {}),
    };
    metrics.push(metric);
    kpisOfTeam.set(team.id, [...(kpisOfTeam.get(team.id) ?? []), id]);
  }

  const journal: JournalFile[] = [];
  const quarters = periodsThrough('quarter', startDay, endDay);
  const reviewed = metrics.filter((m) => m.review === 'quarterly');
  for (const q of quarters) {
    const date = formatPeriod({ grain: 'day', index: periodEnd(q) + 10 });
    if (date > options.end) continue;
    journal.push({
      file: `${formatPeriod(q).toLowerCase()}-review`,
      entry: {
        date,
        title: `${formatPeriod(q)} KPI review`,
        decisions: reviewed.map((m) => ({ kpi: m.id, decision: 'keep' })),
        actions: metrics.slice(0, Math.min(5, n)).map((m, i) => ({
          kpi: m.id,
          date,
          action: `Follow-up ${i + 1} from the review`,
          owner: m.owner,
        })),
      },
    });
  }

  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const missing = (i: number, t: number): boolean => (i * 7919 + t * 104_729) % 997 === 0;
  const csv = (id: string): { text: string; rows: number } => {
    const i = indexOf.get(id)!;
    const v = values[i]!;
    const metric = metrics[i]!;
    const decimals = metric.unit === 'count' || metric.unit === 'currency:USD' ? 0 : 1;
    const rows = new Array<string>(v.length + 1);
    rows[0] = 'date,value,note';
    for (let t = 0; t < v.length; t++) {
      const value = missing(i, t)
        ? ''
        : decimals === 0
          ? String(Math.round(v[t]!))
          : String(Math.round(v[t]! * 10) / 10);
      rows[t + 1] = `${dates[t]},${value},`;
    }
    return { text: rows.join('\n') + '\n', rows: v.length };
  };

  return {
    org: {
      strategy: strategyOf(ids, options.end),
      teams,
      metrics,
      journal,
    },
    csv,
    rows: n * periods.length,
  };
}
