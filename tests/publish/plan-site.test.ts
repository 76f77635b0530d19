import { describe, expect, it } from 'vitest';
import { SCORECARD_STATES } from '../../src/core/analytics/scorecard-counts.ts';
import { markedCharts } from '../../src/publish/fill-charts.ts';
import { example, examplePlan } from './example.ts';

const computed = await example();
const plan = await examplePlan(computed);
const m = computed.model;
const pages = plan.pages;

describe('planSite', () => {
  it('plans one page per KPI, goal, objective and team, each with a cache key', () => {
    expect(pages.kpis.map((p) => p.id)).toEqual(m.kpis.map((k) => k.id));
    expect(pages.goals.map((p) => p.id)).toEqual(m.goals.map((g) => g.id));
    expect(pages.objectives.map((p) => p.id)).toEqual(m.objectives.map((o) => o.id));
    expect(pages.teams.map((p) => p.id)).toEqual(m.teams.map((t) => t.id));
    const keys = Object.keys(pages.cacheKeys);
    expect(keys).toHaveLength(
      m.kpis.length + m.goals.length + m.objectives.length + m.teams.length,
    );
    expect(new Set(Object.values(pages.cacheKeys)).size).toBe(keys.length);
  });

  it('has a chart job for every chart a page shows', () => {
    const jobs = new Set(plan.charts.flatMap((j) => j.keys));
    const shown = [
      ...pages.kpis.flatMap((p) => [
        p.charts.wide,
        p.charts.narrow,
        ...p.links.map((l) => l.chart),
      ]),
      ...pages.goals.flatMap((p) => p.headline.flatMap((h) => [h.charts.wide, h.charts.narrow])),
    ].filter((k) => k !== null);
    expect(shown.length).toBeGreaterThan(80);
    for (const key of shown) expect(jobs.has(key!), key!).toBe(true);
  });

  it('counts every active KPI once on the home page, the same way for the teams', () => {
    const active = m.kpis.filter((k) => k.lifecycle === 'active');
    const { counts, active: total } = pages.home.states;
    expect(total).toBe(active.length);
    expect(SCORECARD_STATES.reduce((sum, s) => sum + counts[s], 0)).toBe(active.length);
    // Counted by hand: a stale KPI is stale whatever its status, the others by status.
    expect(counts.stale).toBe(active.filter((k) => k.stale).length);
    expect(counts['off-track']).toBe(
      active.filter((k) => !k.stale && k.status === 'off-track').length,
    );
    // The teams' own counts add up to the organisation's: each active KPI has one owning team.
    const byTeams = pages.teams.reduce((sum, t) => sum + t.states.active, 0);
    expect(byTeams).toBe(active.length);
  });

  it('gives every off-track or at-risk KPI a step, and lists them all as needing attention', () => {
    const needing = m.kpis.filter(
      (k) =>
        k.lifecycle === 'active' &&
        !k.stale &&
        (k.status === 'off-track' || k.status === 'at-risk'),
    );
    expect(needing.length).toBeGreaterThan(3);
    expect(pages.home.attention.map((r) => r.kpi.id).sort()).toEqual(
      needing.map((k) => k.id).sort(),
    );
    for (const k of needing) {
      const page = pages.kpis.find((p) => p.id === k.id)!;
      expect(page.step, k.id).not.toBeNull();
      if (k.alerts.length > 0)
        expect(page.step).toMatchObject({ kind: 'alert', action: k.alerts[0]!.action });
    }
    // Off track first.
    const statuses = pages.home.attention.map((r) => r.kpi.status);
    expect(statuses.indexOf('at-risk')).toBeGreaterThan(statuses.lastIndexOf('off-track'));
  });

  it('counts findings once for the home and alignment pages', () => {
    const errors = m.findings.filter((f) => f.severity === 'error').length;
    const warnings = m.findings.filter((f) => f.severity === 'warning').length;
    expect(pages.home.findings).toEqual({ errors, warnings, total: m.findings.length });
    expect(pages.alignment.findings.total).toBe(m.findings.length);
    const grouped = pages.alignment.findings.groups.reduce((n, g) => n + g.findings.length, 0);
    expect(grouped).toBe(m.findings.length);
  });

  it('joins each KPI page with the journal decisions about it, in journal order', () => {
    const page = pages.kpis.find((p) => p.decisions.length > 0)!;
    const expected = m.journal.flatMap((j) =>
      j.decisions.filter((d) => d.kpi === page.id).map((d) => [j.date, d.decision]),
    );
    expect(page.decisions.map((d) => [d.date, d.decision])).toEqual(expected);
  });

  it('lists the goal of each goal page by priority everywhere', () => {
    const order = pages.goalIndex.goals.map((g) => g.id);
    expect(pages.home.goals.map((g) => g.id)).toEqual(order);
    const priorities = pages.goalIndex.goals.map((g) => g.priority ?? Infinity);
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
  });

  it('plans the data files: model, one CSV per KPI, schemas, feeds, vega-embed', () => {
    const paths = plan.files.map((f) => f.path);
    expect(paths).toContain('data/model.json');
    for (const k of m.kpis) expect(paths).toContain(`data/${k.id}.csv`);
    expect(paths).toContain('alerts.xml');
    expect(paths).toContain('_vendor/vega-embed.test.js');
    expect(new Set(paths).size).toBe(paths.length);
    expect(JSON.parse(plan.files.find((f) => f.path === 'data/model.json')!.content())).toEqual(
      JSON.parse(JSON.stringify(m)),
    );
  });

  it('is deterministic, and a page’s key changes only with what it shows', async () => {
    expect((await examplePlan(await example())).pages.cacheKeys).toEqual(pages.cacheKeys);
    const edited = (
      await examplePlan(
        await example((file, text) =>
          file.endsWith('b2b-reorder-rate.yaml')
            ? text.replace('Share of last season', 'The share of last season')
            : text,
        ),
      )
    ).pages.cacheKeys;
    const changed = Object.keys(pages.cacheKeys).filter((k) => edited[k] !== pages.cacheKeys[k]);
    expect(changed).toContain('kpis/b2b-reorder-rate');
    // Pages that do not show that KPI keep their keys.
    expect(
      changed.every((k) => k.startsWith('kpis/b2b-reorder-rate') || !k.startsWith('kpis/')),
    ).toBe(true);
    expect(changed.length).toBeLessThan(8);
  });

  it('serialises: the pages read it as JSON', () => {
    const round = JSON.parse(JSON.stringify(pages));
    expect(round).toEqual(pages);
    expect(markedCharts(JSON.stringify(pages))).toEqual([]);
  });
});

describe('named', () => {
  it('replaces hyphenated ids by names, and leaves words and unknown ids alone', async () => {
    const { named } = await import('../../src/publish/pages/kpi-page.ts');
    const names = new Map([
      ['earn-customer-loyalty', 'Earn customer loyalty'],
      ['csat-score', 'Customer satisfaction (CSAT)'],
      ['revenue', 'Revenue'],
    ]);
    expect(named('Reaches earn-customer-loyalty via csat-score.', names)).toBe(
      'Reaches Earn customer loyalty via Customer satisfaction (CSAT).',
    );
    expect(named('revenue and no-such-id, up-to-date', names)).toBe(
      'revenue and no-such-id, up-to-date',
    );
    expect(
      pages.kpis.every((p) =>
        p.kpi.alignment.checks.every((c) => !/\bcsat-score\b/.test(c.detail)),
      ),
    ).toBe(true);
  });
});
