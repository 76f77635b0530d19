/**
 * The example organisation (kpis/) shows every state the product can show, as of 2026-11-24, and
 * each through a named KPI the README and the site's tour can point at. Read through the real
 * loader and model (src/core), exactly as `plumbline build kpis` reads it: when an edit of the
 * example's YAML or of scripts/example-series.yaml loses a demonstration, this says which.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KpiJson, LinkJson, ModelJson } from '../../src/core/model/model.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { computeProject, type Computed } from '../../src/core/pipeline.ts';
import { readProject } from '../../src/io/read-project.ts';
import { exampleCsvs } from '../../scripts/synthesise-readings.ts';

const ROOT = path.join(import.meta.dirname, '../..');

const AS_OF = '2026-11-24';

/** The KPI (or link) that demonstrates each state. */
const DEMONSTRATES = {
  status: { 'on-track': 'net-revenue', 'at-risk': 'gross-margin', 'off-track': 'cost-per-order' },
  noTarget: 'employee-engagement',
  noReadings: 'b2b-reorder-rate',
  stale: 'store-footfall',
  retired: 'cart-abandonment-rate',
  proposed: 'creator-revenue',
  vanity: 'page-views',
  trend: { improving: 'conversion-rate', worsening: 'paid-media-roas', flat: 'new-customers' },
  forecast: { likely: 'pick-accuracy', unlikely: 'paid-media-roas' },
  link: {
    validated: ['qualified-leads', 'b2b-bookings'],
    unvalidated: ['email-subscribers', 'new-customers'],
    /** Its whole history correlates, the last 12 periods do not: the crawlers inflate sessions. */
    decorrelated: ['online-sessions', 'online-orders'],
    /** A `down` KPI driving an `up` one: validated with a negative r. */
    inverse: ['support-backlog', 'csat-score'],
    /** No lag declared; the search finds 2. */
    suggested: ['loyalty-members', 'repeat-purchase-rate'],
  },
  /** The carrier's autumn trouble weakens this link lately too. */
  alsoDecorrelated: ['orders-shipped-same-day', 'on-time-delivery'],
  handled: ['conversion-rate', 'support-backlog', 'dock-to-stock-hours'],
  unhandled: ['cost-per-order', 'on-time-delivery'],
} as const;

describe('the example demonstrates every state', () => {
  let computed: Computed;
  let model: ModelJson;
  const kpi = (id: string): KpiJson => {
    const k = model.kpis.find((x) => x.id === id);
    if (k === undefined) throw new Error(`the example has no KPI ${id}`);
    return k;
  };
  const link = ([from, to]: readonly [string, string]): LinkJson => {
    const l = kpi(from).links.find((x) => x.type === 'drives' && x.to === to);
    if (l === undefined) throw new Error(`the example has no link ${from} → ${to}`);
    return l;
  };
  const active = () => model.kpis.filter((k) => k.lifecycle === 'active');

  beforeAll(async () => {
    const files = await readProject(path.join(ROOT, 'kpis'));
    computed = computeProject(files, parseDay(AS_OF)!);
    model = computed.model;
  });

  it('loads with no error', () => {
    expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has a KPI on track, at risk, off track, without a target and without readings', () => {
    for (const [status, id] of Object.entries(DEMONSTRATES.status))
      expect([id, kpi(id).status]).toEqual([id, status]);
    expect(kpi(DEMONSTRATES.noTarget).status).toBe('no-target');
    expect(kpi(DEMONSTRATES.noReadings).status).toBe('no-data');
    expect(kpi(DEMONSTRATES.noReadings).readings.count).toBe(0);
  });

  it('has exactly one stale active KPI', () => {
    expect(
      active()
        .filter((k) => k.stale)
        .map((k) => k.id),
    ).toEqual([DEMONSTRATES.stale]);
  });

  it('has a retired KPI with its active replacement, a proposed one and a vanity metric', () => {
    const retired = kpi(DEMONSTRATES.retired);
    expect(retired.lifecycle).toBe('retired');
    expect(kpi(retired.retired!.replacedBy!).lifecycle).toBe('active');
    expect(kpi(DEMONSTRATES.proposed).lifecycle).toBe('proposed');
    expect(kpi(DEMONSTRATES.vanity).audit).toBe('vanity');
  });

  it('has a trend of each direction', () => {
    for (const [direction, id] of Object.entries(DEMONSTRATES.trend))
      expect([id, kpi(id).trend.direction]).toEqual([id, direction]);
  });

  it('has a target likely met and one unlikely', () => {
    const { likely, unlikely } = DEMONSTRATES.forecast;
    expect(kpi(likely).forecast!.probability).toBeGreaterThanOrEqual(0.7);
    expect(kpi(unlikely).forecast!.probability).toBeLessThanOrEqual(0.3);
  });

  it('has a link of each evidence kind', () => {
    const { validated, unvalidated, decorrelated, inverse, suggested } = DEMONSTRATES.link;
    expect(link(validated).evidence).toBe('validated');
    expect(link(unvalidated).evidence).toBe('unvalidated');
    expect(link(unvalidated).n).toBeGreaterThanOrEqual(8);
    expect(link(decorrelated).evidence).toBe('decorrelated');
    expect(link(inverse).evidence).toBe('validated');
    expect(link(inverse).r!).toBeLessThan(0);
    expect([link(suggested).evidence, link(suggested).lag]).toEqual(['suggested', 2]);
    const weakened = model.kpis.flatMap((k) =>
      k.links.filter((l) => l.type === 'drives' && l.decorrelated).map((l) => `${k.id} → ${l.to}`),
    );
    expect(weakened.sort()).toEqual(
      [decorrelated, DEMONSTRATES.alsoDecorrelated].map((l) => l.join(' → ')).sort(),
    );
  });

  it('fires triggers of every kind, answered and not, all within the last year', () => {
    const fired = active().flatMap((k) =>
      k.triggers.map((t) => ({ id: k.id, handled: t.handled, date: t.date, trigger: t.trigger })),
    );
    const ids = (handled: boolean) => [
      ...new Set(fired.filter((f) => f.handled === handled).map((f) => f.id)),
    ];
    expect(ids(true).sort()).toEqual([...DEMONSTRATES.handled].sort());
    expect(ids(false).sort()).toEqual([...DEMONSTRATES.unhandled].sort());
    const kind = (f: { id: string; trigger: number }) =>
      kpi(f.id).triggerDefinitions[f.trigger]!.when.split(' ')[0];
    expect(new Set(fired.map(kind))).toEqual(new Set(['falls', 'rises', 'below', 'above']));
    const yearAgo = parseDay(AS_OF)! - 365;
    for (const f of fired) expect(parseDay(f.date)!, `${f.id} ${f.date}`).toBeGreaterThan(yearAgo);
    expect(model.alerts.map((a) => a.kpi).sort()).toEqual([...DEMONSTRATES.unhandled].sort());
    // Both response windows have closed: `check` reports them late.
    const late = computed.diagnostics.filter((d) => d.rule === 'trigger-unhandled');
    expect(late.map((d) => path.basename(d.file, '.yaml')).sort()).toEqual(
      [...DEMONSTRATES.unhandled].sort(),
    );
  });

  it('covers the format: every cadence, direction, aggregate, kind and unit', () => {
    const values = (key: keyof KpiJson) => new Set(model.kpis.map((k) => String(k[key])));
    expect(values('cadence')).toEqual(
      new Set(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']),
    );
    expect(values('direction')).toEqual(new Set(['up', 'down', 'target']));
    for (const a of ['sum', 'mean', 'last', 'max']) expect(values('aggregate')).toContain(a);
    expect(values('kind')).toEqual(new Set(['leading', 'lagging']));
    for (const u of ['count', 'percent', 'currency:USD', 'ratio', 'days', 'hours', 'score'])
      expect(values('unit')).toContain(u);
  });

  it('has every review up to date', () => {
    expect(computed.diagnostics.filter((d) => d.rule === 'review-overdue')).toEqual([]);
  });
});

describe('the example readings', () => {
  it('are what scripts/example-series.yaml describes, byte for byte (npm run gen:example)', () => {
    const csvs = exampleCsvs(
      path.join(ROOT, 'scripts', 'example-series.yaml'),
      path.join(ROOT, 'kpis'),
    );
    expect(csvs.size).toBe(38);
    for (const [file, text] of csvs)
      expect(
        readFileSync(file, 'utf8'),
        `${path.relative(ROOT, file)}: run npm run gen:example`,
      ).toBe(text);
  });
});
