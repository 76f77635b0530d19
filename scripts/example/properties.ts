/**
 * What the example promises to show, checked on the organisation as read back from its files:
 * the coverage of the format (every cadence, direction, unit…) and, per SPEC §3 as of 2026-11-24,
 * one named KPI for each status, trend, link verdict and trigger outcome. The generator fails when
 * a promise breaks, so a tweak to the data cannot silently lose a demonstration.
 */
import { grainOfText, readingDay } from '../lib/calendar.ts';
import {
  kpiValues,
  linkEvidence,
  overduePeriods,
  statusOf,
  triggerEvents,
  type LinkEvidence,
  type Status,
} from '../lib/inspect-kpi.ts';
import { forecastOf, judgeTrends, trendOf, type TrendDirection } from '../lib/inspect-trend.ts';
import type { Metric, Organization } from '../lib/org-model.ts';
import { PERSPECTIVES } from '../lib/org-model.ts';

/** The KPI (or link) that demonstrates each property; the README and the report point here. */
export const DEMONSTRATES = {
  status: { 'on-track': 'net-revenue', 'at-risk': 'gross-margin', 'off-track': 'cost-per-order' },
  trend: { improving: 'conversion-rate', worsening: 'paid-media-roas', flat: 'new-customers' },
  forecast: { likely: 'pick-accuracy', unlikely: 'paid-media-roas' },
  validated: ['qualified-leads', 'b2b-bookings'],
  unvalidated: ['email-subscribers', 'new-customers'],
  decorrelated: ['online-sessions', 'online-orders'],
  /** The carrier's autumn trouble weakens this link lately, and the Fisher z test sees it. */
  alsoDecorrelated: ['orders-shipped-same-day', 'on-time-delivery'],
  /** A `down` KPI driving an `up` one: validated with a negative r, no `effect` needed. */
  inverse: ['support-backlog', 'csat-score'],
  /** Validated at a lag the search found (2), so `suggested` until declared. */
  detectedLag: ['loyalty-members', 'repeat-purchase-rate'],
  handled: ['conversion-rate', 'support-backlog', 'dock-to-stock-hours'],
  unhandled: ['on-time-delivery', 'cost-per-order'],
  stale: 'store-footfall',
  vanity: 'page-views',
  retired: 'cart-abandonment-rate',
  proposed: 'creator-revenue',
  noTarget: 'employee-engagement',
  noReadings: 'b2b-reorder-rate',
} as const;

const D = DEMONSTRATES;

/** The property report: lines to print, and the promises that failed. */
export interface PropertyReport {
  lines: string[];
  problems: string[];
}

/**
 * Checks the example's promises as of `asOf` (a day number). `wanted` maps KPI ids to the status
 * their plan was fitted for (scripts/example/plan.ts); each must land there.
 */
export function checkExampleProperties(
  org: Organization,
  asOf: number,
  wanted: ReadonlyMap<string, Status> = new Map(),
): PropertyReport {
  const lines: string[] = [];
  const problems: string[] = [];
  const expect = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  const { strategy, teams, metrics, readings, journal } = org;
  const kpi = (id: string): Metric => {
    const m = metrics.find((x) => x.id === id);
    if (m === undefined) throw new Error(`the example has no KPI ${id}`);
    return m;
  };
  const values = (m: Metric) => kpiValues(m, readings.get(m.id) ?? [], asOf);

  // — Coverage of the format —
  const levels = (level: string) => teams.filter((t) => t.level === level).length;
  expect(teams.length >= 8 && levels('enterprise') === 1, 'teams: ≥ 8 with one enterprise');
  expect(levels('function') >= 3 && levels('function') <= 4, 'teams: 3–4 functions');
  expect(levels('team') >= 4, 'teams: ≥ 4 teams');
  expect(
    teams.some((t) => t.github !== undefined),
    'teams: some with a github handle',
  );
  expect(strategy.goals.length === 3, 'strategy: 3 goals');
  for (const g of strategy.goals) {
    expect(
      /\d/.test(g.statement) && /\d{4}-\d{2}-\d{2}/.test(g.statement),
      `goal ${g.id}: SMART statement`,
    );
  }
  const n = strategy.objectives.length;
  expect(n >= 8 && n <= 12, 'strategy: 8–12 objectives');
  for (const p of PERSPECTIVES) {
    const count = strategy.objectives.filter((o) => o.perspective === p).length;
    expect(count >= 2 && count <= 4, `strategy: 2–4 ${p} objectives`);
  }
  const driven = new Set(strategy.objectives.flatMap((o) => o.drives ?? []));
  for (const o of strategy.objectives) {
    expect(
      (o.drives?.length ?? 0) > 0 || driven.has(o.id),
      `objective ${o.id}: in the cause-and-effect chain`,
    );
    const rank = PERSPECTIVES.indexOf(o.perspective);
    for (const d of o.drives ?? []) {
      const target = strategy.objectives.find((x) => x.id === d);
      expect(
        target !== undefined && PERSPECTIVES.indexOf(target.perspective) > rank,
        `objective ${o.id}: drives upward`,
      );
    }
    expect(
      metrics.some((m) => m.status === 'active' && m.objectives.includes(o.id)),
      `objective ${o.id}: has a KPI`,
    );
  }
  const has = <K extends keyof Metric>(key: K, wanted: readonly Metric[K][]): void => {
    for (const w of wanted)
      expect(
        metrics.some((m) => (m[key] ?? 'last') === w),
        `KPIs: some with ${key} ${String(w)}`,
      );
  };
  expect(metrics.length >= 30 && metrics.length <= 45, `KPIs: about 35 (${metrics.length})`);
  has('cadence', ['daily', 'weekly', 'monthly', 'quarterly', 'yearly']);
  has('direction', ['up', 'down', 'target']);
  has('unit', ['count', 'percent', 'currency:USD', 'ratio', 'days', 'hours', 'score']);
  has('aggregate', ['sum', 'mean', 'last', 'max']);
  has('kind', ['leading', 'lagging']);
  expect(
    metrics.some((m) => (m.sharedWith?.length ?? 0) > 0),
    'KPIs: a shared KPI',
  );
  expect(
    metrics.some((m) => m.supports?.some((s) => s.weight !== undefined)),
    'KPIs: weighted supports',
  );

  // — Readings —
  const all = [...readings.values()].flat().filter((r) => r.value !== null);
  const days = all.map((r) => readingDay(r.date));
  expect(
    Math.min(...days) <= readingDay('2023-01-31') && Math.max(...days) >= readingDay('2026-11-15'),
    'readings: 2023-01 to 2026-11',
  );
  const forms = (cadence: Metric['cadence']) =>
    new Set(
      metrics
        .filter((m) => m.cadence === cadence)
        .flatMap((m) => (readings.get(m.id) ?? []).map((r) => grainOfText(r.date))),
    );
  expect(
    forms('weekly').has('day') && forms('weekly').has('week'),
    'readings: weekly as days and as 2026-W09',
  );
  expect(
    forms('monthly').has('day') && forms('monthly').has('month'),
    'readings: monthly as days and as 2026-03',
  );
  expect(
    forms('quarterly').has('quarter') && forms('yearly').has('year'),
    'readings: 2026-Q1 and 2026 forms',
  );
  expect(
    [...readings.values()].flat().some((r) => r.value === null),
    'readings: some missing values',
  );
  expect(
    [...readings.values()].flat().filter((r) => r.note !== undefined).length >= 10,
    'readings: notes',
  );

  // — Status, trend, freshness —
  const statuses = new Map<string, Status>();
  const leanings = new Map<string, ReturnType<typeof trendOf>>();
  const stale: string[] = [];
  const policyStale = strategy.policy?.staleAfterPeriods ?? 2;
  for (const m of metrics.filter((x) => x.status === 'active')) {
    const v = values(m);
    statuses.set(m.id, statusOf(m, v).status);
    leanings.set(m.id, trendOf(m, v));
    if ((overduePeriods(m, v, asOf) ?? 0) >= policyStale) stale.push(m.id);
  }
  // SPEC §3.1: a trend is flagged only with a Benjamini–Hochberg q < 0.1 across the active KPIs.
  const judged = judgeTrends(leanings);
  const trends = new Map<string, TrendDirection>([...judged].map(([id, t]) => [id, t.direction]));
  for (const [id, want] of wanted) {
    expect(
      statuses.get(id) === want,
      `status: ${id} is ${statuses.get(id)}, its plan was fitted for ${want}`,
    );
  }
  for (const [status, id] of Object.entries(D.status)) {
    const s = statusOf(kpi(id), values(kpi(id)));
    expect(s.status === status, `status: ${id} is ${s.status}, not ${status}`);
    lines.push(`status ${status.padEnd(10)} ${id} (gap ${((s.gap ?? 0) * 100).toFixed(1)}%)`);
  }
  for (const [trend, id] of Object.entries(D.trend)) {
    const t = judged.get(id);
    const l = leanings.get(id);
    expect(t?.direction === trend, `trend: ${id} is ${t?.direction}, not ${trend}`);
    lines.push(
      `trend  ${trend.padEnd(10)} ${id} (${l?.seasonal ? 'seasonal ' : ''}Kendall p ${l?.p?.toFixed(3)}, q ${t?.q?.toFixed(3)})`,
    );
  }
  for (const [outlook, id] of Object.entries(D.forecast)) {
    const f = forecastOf(kpi(id), values(kpi(id)), asOf);
    const ok = f !== null && (outlook === 'likely' ? f.probability >= 0.7 : f.probability <= 0.3);
    expect(ok, `forecast: ${id} is not ${outlook} (${f?.probability.toFixed(2)})`);
    lines.push(
      `target ${outlook.padEnd(10)} ${id} (${((f?.probability ?? 0) * 100).toFixed(0)} % from ${f?.n} backtests)`,
    );
  }
  expect(
    stale.length === 1 && stale[0] === D.stale,
    `stale: ${stale.join(', ') || 'none'}, not ${D.stale}`,
  );
  lines.push(`stale             ${D.stale}`);
  const noTarget = [...statuses].filter(([, s]) => s === 'no-target').map(([id]) => id);
  expect(noTarget.includes(D.noTarget), `no target: ${D.noTarget}`);
  expect(statuses.get(D.noReadings) === 'no-data', `no readings: ${D.noReadings}`);
  expect((readings.get(D.noReadings) ?? [1]).length === 0, `header only: ${D.noReadings}`);
  lines.push(`no target         ${noTarget.join(', ')}`, `no readings       ${D.noReadings}`);

  // — Lead/lag links —
  const evidence = new Map<string, LinkEvidence>();
  for (const m of metrics.filter((x) => x.status !== 'retired')) {
    for (const link of m.drives ?? []) {
      const lagging = kpi(link.kpi);
      const e = linkEvidence(
        { metric: m, readings: readings.get(m.id) ?? [] },
        { metric: lagging, readings: readings.get(lagging.id) ?? [] },
        link,
        asOf,
      );
      evidence.set(`${m.id} → ${link.kpi}`, e);
    }
  }
  const link = ([from, to]: readonly [string, string]): LinkEvidence => {
    const e = evidence.get(`${from} → ${to}`);
    if (e === undefined) throw new Error(`the example has no link ${from} → ${to}`);
    return e;
  };
  const pText = (p: number | null) => (p === null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));
  const describe = (e: LinkEvidence) =>
    `r ${e.r?.toFixed(2)}, n ${e.n}, p ${pText(e.pAdjusted)}, lag ${e.lag}${e.seasonal ? ', seasonal' : ''}`;
  expect(link(D.validated).state === 'validated', 'link: validated');
  expect(
    link(D.unvalidated).state === 'unvalidated' && link(D.unvalidated).n >= 8,
    'link: unvalidated',
  );
  expect(link(D.decorrelated).state === 'decorrelated', 'link: decorrelated');
  const inverse = link(D.inverse);
  expect(inverse.state === 'validated' && (inverse.r ?? 0) < 0, 'link: opposite and validated');
  expect(
    link(D.detectedLag).state === 'suggested' && link(D.detectedLag).lag === 2,
    'link: suggested lag 2',
  );
  const decorrelated = [...evidence].filter(([, e]) => e.decorrelated).map(([k]) => k);
  const wantedLinks = [D.decorrelated, D.alsoDecorrelated].map((l) => l.join(' → ')).sort();
  expect(
    decorrelated.sort().join('; ') === wantedLinks.join('; '),
    `links: decorrelated are ${wantedLinks.join('; ')} (${decorrelated.join('; ')})`,
  );
  lines.push(`link   validated    ${D.validated.join(' → ')} (${describe(link(D.validated))})`);
  lines.push(`link   unvalidated  ${D.unvalidated.join(' → ')} (${describe(link(D.unvalidated))})`);
  lines.push(
    `link   decorrelated ${D.decorrelated.join(' → ')} (whole ${describe(link(D.decorrelated))}; last 12: r ${link(D.decorrelated).recent.r?.toFixed(2)})`,
  );
  lines.push(`link   opposite     ${D.inverse.join(' → ')} (${describe(inverse)})`);
  lines.push(`link   suggested    ${D.detectedLag.join(' → ')} (${describe(link(D.detectedLag))})`);

  // — Triggers —
  const responseDays = strategy.policy?.responseDays ?? 14;
  const fired: { id: string; handled: boolean; kind: string; end: number }[] = [];
  for (const m of metrics.filter((x) => x.status === 'active')) {
    for (const e of triggerEvents(m, values(m), journal, asOf, responseDays)) {
      const when = m.triggers![e.trigger]!.when;
      fired.push({
        id: m.id,
        handled: e.handled,
        kind: when.change !== undefined ? 'change' : when.below !== undefined ? 'below' : 'above',
        end: e.end,
      });
    }
  }
  const kinds = (ok: boolean) => new Set(fired.filter((f) => f.handled === ok).map((f) => f.id));
  const handled = kinds(true);
  const unhandled = kinds(false);
  expect(
    D.handled.every((id) => handled.has(id)),
    `triggers: handled ${[...handled].join(', ')}`,
  );
  expect(
    D.unhandled.every((id) => unhandled.has(id)),
    `triggers: unhandled ${[...unhandled].join(', ')}`,
  );
  expect(
    fired.filter((f) => !f.handled).every((f) => (D.unhandled as readonly string[]).includes(f.id)),
    `triggers: only the intended events are unhandled (${[...unhandled].join(', ')})`,
  );
  expect(
    new Set(fired.map((f) => f.kind)).size === 3,
    'triggers: change, below and above all fire',
  );
  expect(
    fired.every((f) => f.end >= asOf - 365),
    'triggers: every firing is in the last 365 days',
  );
  for (const f of fired) {
    lines.push(`trigger ${f.handled ? 'handled  ' : 'unhandled'} ${f.id} (${f.kind})`);
  }

  // — Labels —
  expect(kpi(D.vanity).audit === 'vanity', 'vanity');
  const retired = kpi(D.retired);
  expect(
    retired.status === 'retired' && retired.retired?.replacedBy !== undefined,
    'retired with a replacement',
  );
  expect(
    kpi(retired.retired?.replacedBy ?? D.retired).status === 'active',
    'replacement is active',
  );
  expect(kpi(D.proposed).status === 'proposed', 'proposed');
  lines.push(
    `vanity            ${D.vanity}`,
    `retired           ${D.retired} → ${retired.retired?.replacedBy}`,
    `proposed          ${D.proposed}`,
  );

  // — Plans go the way of the KPI's direction —
  for (const m of metrics.filter((x) => x.baseline !== undefined && x.target !== undefined)) {
    const rise = m.target!.value - m.baseline!.value;
    expect(
      m.direction === 'target' || (m.direction === 'up' ? rise >= 0 : rise <= 0),
      `plan of ${m.id} goes against its direction`,
    );
  }

  // — Reviews: every KPI on a review cycle has a decision recent enough —
  const cycle = { monthly: 31, quarterly: 92, yearly: 366 } as const;
  for (const m of metrics.filter((x) => x.status === 'active' && x.review !== undefined)) {
    const last = Math.max(
      -Infinity,
      ...journal
        .filter((j) => j.decisions?.some((d) => d.kpi === m.id))
        .map((j) => readingDay(j.date)),
    );
    expect(asOf - last <= cycle[m.review!], `review overdue: ${m.id}`);
  }
  const statusCounts = new Map<string, number>();
  for (const s of statuses.values()) statusCounts.set(s, (statusCounts.get(s) ?? 0) + 1);
  lines.unshift(
    `statuses: ${[...statusCounts].map(([s, c]) => `${c} ${s}`).join(', ')}; trends: ${[
      'improving',
      'worsening',
      'flat',
    ]
      .map((t) => `${[...trends.values()].filter((x) => x === t).length} ${t}`)
      .join(', ')}`,
  );
  return { lines, problems };
}
