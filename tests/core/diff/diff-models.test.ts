import { describe, expect, it } from 'vitest';
import { describeKpiChange } from '../../../src/core/diff/describe-kpi-change.ts';
import { diffModels } from '../../../src/core/diff/diff-models.ts';
import { NO_CHANGES } from '../../../src/core/diff/verdict.ts';
import type { ModelJson } from '../../../src/core/model/model.ts';
import { metricYaml, strategyYaml } from '../../helpers/project-files.ts';
import { diff, model, revenue } from './diff-fixtures.ts';

const leads = (fields: Record<string, unknown>) => ({
  'metrics/leads.yaml': metricYaml({
    name: 'Leads',
    team: 'sales',
    objectives: ['grow-sales'],
    supports: [{ kpi: 'revenue' }],
    ...fields,
  }),
});

describe('diffModels: KPIs', () => {
  it('finds nothing between equal folders', () => {
    const d = diff({}, {});
    expect(d.changed).toBe(false);
    expect(d.verdict).toEqual({ level: 'ok', text: NO_CHANGES });
    expect(Object.values(d.kpis).flat()).toEqual([]);
    expect(d.findings).toEqual({ introduced: [], resolved: [] });
  });

  it('lists an added KPI and the team, objective and goal it touches', () => {
    const d = diff(
      {},
      {
        'metrics/churn.yaml': metricYaml({
          name: 'Churn',
          team: 'sales',
          objectives: ['grow-sales'],
        }),
        'metrics/churn.csv': 'date,value\n2026-10,3\n',
      },
    );
    expect(d.kpis.added).toEqual([{ id: 'churn', name: 'Churn', team: 'sales' }]);
    expect(d.kpis.changed).toEqual([]);
    expect(d.verdict.text).toMatch(/; 1 KPI added$/);
    const rows = (d.scores ?? []).map((s) => `${s.kind}:${s.id}`);
    expect(rows.slice(0, 1)).toEqual(['organization:']);
    expect(rows).toEqual(
      expect.arrayContaining(['team:sales', 'objective:grow-sales', 'goal:grow']),
    );
  });

  it('reports a changed target as old → new', () => {
    const target = (value: number) => revenue({ target: { value, date: '2026-12-31' } });
    const d = diff(target(120), target(200));
    expect(d.kpis.changed).toEqual([
      {
        id: 'revenue',
        name: 'Revenue',
        team: 'acme',
        unit: 'count',
        changes: [
          {
            field: 'target',
            before: { date: '2026-12-31', value: 120 },
            after: { date: '2026-12-31', value: 200 },
          },
        ],
      },
    ]);
  });

  it('reports a status change: 110 beats a flat plan of 100 by 10 %', () => {
    const baseline = { value: 100, date: '2025-12-31' };
    const d = diff(
      revenue({ baseline }),
      revenue({ baseline, target: { value: 100, date: '2026-12-31' } }),
    );
    const changes = d.kpis.changed[0]!.changes;
    expect(changes.find((c) => c.field === 'status')).toEqual({
      field: 'status',
      before: 'no-target',
      after: 'on-track',
    });
  });

  it('reports a new outlook of the forecast, in words', () => {
    // Revenue rises by 1 a month, 100 … 123 from November 2024 to October 2026 (as of 24
    // November): the line reaches 125 in December, 2 months on, and every backtest is exact —
    // origins from the 8th month to the 22nd, n = 15. Target 125: likely, (15 + 1)/(15 + 2) = 94 %;
    // target 150: unlikely, 1/17 = 6 %.
    const months = Array.from({ length: 24 }, (_, i) => {
      const m = 2024 * 12 + 10 + i;
      return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},${100 + i}`;
    });
    const csv = { 'metrics/revenue.csv': ['date,value', ...months].join('\n') };
    const target = (value: number) => ({
      ...csv,
      ...revenue({ target: { value, date: '2026-12-31' } }),
    });
    const changes = diff(target(125), target(150)).kpis.changed[0]!.changes;
    const forecast = changes.find((c) => c.field === 'forecast')!;
    expect(forecast).toEqual({ field: 'forecast', before: 16 / 17, after: 1 / 17 });
    expect(describeKpiChange(forecast, 'count')).toEqual({
      what: 'chance of meeting the target',
      text: 'Likely to meet (94 %) → Unlikely to meet (6 %)',
    });
    // The same outlook with another probability is not a change worth a line.
    const same = diff(target(125), target(124.5)).kpis.changed[0]!.changes;
    expect(same.some((c) => c.field === 'forecast')).toBe(false);
  });

  it('lists a retired KPI as retired, not removed or changed', () => {
    const d = diff(
      {},
      leads({ status: 'retired', retired: { date: '2026-10-31', reason: 'Gone' } }),
    );
    expect(d.kpis.retired).toEqual([{ id: 'leads', name: 'Leads', team: 'sales' }]);
    expect(d.kpis.removed).toEqual([]);
    expect(d.kpis.changed.flatMap((c) => c.changes).some((c) => c.field === 'lifecycle')).toBe(
      false,
    );
    expect(d.verdict.text).toContain('1 KPI retired');
  });

  it('lists a deleted KPI as removed and its findings as resolved', () => {
    const d = diff({}, { 'metrics/leads.yaml': null, 'metrics/leads.csv': null });
    expect(d.kpis.removed).toEqual([{ id: 'leads', name: 'Leads', team: 'sales' }]);
    expect(d.findings.resolved.map((f) => `${f.rule} ${f.file}`)).toEqual(
      expect.arrayContaining(['owner-missing metrics/leads.yaml', 'stale-data metrics/leads.csv']),
    );
  });

  it('reports a new owner once, not again on every trigger that falls back to it', () => {
    const triggers = [{ when: { below: 50, periods: 1 }, action: 'Call the team' }];
    const d = diff(revenue({ owner: 'Ann', triggers }), revenue({ owner: 'Bob', triggers }));
    expect(d.kpis.changed[0]!.changes).toEqual([{ field: 'owner', before: 'Ann', after: 'Bob' }]);
  });

  it('reports triggers added, removed and changed', () => {
    const a = { when: { below: 50, periods: 1 }, action: 'Call the team' };
    const b = { when: { above: 900, periods: 2 }, action: 'Check the data' };
    const d = diff(
      revenue({ owner: 'Ann', triggers: [a, b] }),
      revenue({
        owner: 'Ann',
        triggers: [
          { ...a, action: 'Call Ann', owner: 'Cy' },
          { when: { change: '-20%', periods: 1 }, action: 'Audit' },
        ],
      }),
    );
    expect(d.kpis.changed[0]!.changes).toEqual([
      {
        field: 'trigger',
        before: { when: 'below 50', action: 'Call the team', owner: null },
        after: { when: 'below 50', action: 'Call Ann', owner: 'Cy' },
      },
      {
        field: 'trigger',
        before: null,
        after: { when: 'falls 20 % or more against 1 month earlier', action: 'Audit', owner: null },
      },
      {
        field: 'trigger',
        before: { when: 'above 900 for 2 months in a row', action: 'Check the data', owner: null },
        after: null,
      },
    ]);
  });

  it('reports links added and a changed weight, by declaration only', () => {
    const d = diff(
      leads({ supports: [{ kpi: 'revenue', weight: 0.5 }] }),
      leads({ supports: [{ kpi: 'revenue', weight: 0.8 }], drives: [{ kpi: 'revenue', lag: 1 }] }),
    );
    const links = d.kpis.changed[0]!.changes.filter((c) => c.field === 'link');
    const supports = { type: 'supports', to: 'revenue', lag: null, effect: 'direct' };
    expect(links).toEqual([
      { field: 'link', before: { ...supports, weight: 0.5 }, after: { ...supports, weight: 0.8 } },
      {
        field: 'link',
        before: null,
        after: { type: 'drives', to: 'revenue', lag: 1, weight: null, effect: 'direct' },
      },
    ]);
  });
});

describe('diffModels: findings and scores', () => {
  it('matches findings by rule, file and message, not by line', () => {
    const d = diff({}, { 'strategy.yaml': `# a comment\n# and another\n${strategyYaml()}` });
    expect(d.findings).toEqual({ introduced: [], resolved: [] });
    expect(d.changed).toBe(false);
  });

  it('reports a resolved finding and the alignment gained with it', () => {
    const before = model();
    const after = model(revenue({ owner: 'Ann' }));
    const d = diffModels(before, after);
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.resolved).toEqual([
      expect.objectContaining({ rule: 'owner-missing', file: 'metrics/revenue.yaml', line: 1 }),
    ]);
    const alignment = d.kpis.changed[0]!.changes.find((c) => c.field === 'alignment');
    expect(alignment).toMatchObject({ field: 'alignment', lost: [] });
    expect(alignment && alignment.after > alignment.before).toBe(true);
    // The scores are the models' own, for the organisation and what owns or is served by revenue.
    const score = (m: ModelJson, kind: 'teams' | 'objectives' | 'goals', id: string) =>
      m[kind].find((e) => e.id === id)!.score;
    expect(d.scores).toEqual([
      { kind: 'organization', id: '', name: 'Acme', before: before.score, after: after.score },
      {
        kind: 'team',
        id: 'acme',
        name: 'Acme',
        before: score(before, 'teams', 'acme'),
        after: score(after, 'teams', 'acme'),
      },
      {
        kind: 'objective',
        id: 'grow-sales',
        name: 'Grow sales',
        before: score(before, 'objectives', 'grow-sales'),
        after: score(after, 'objectives', 'grow-sales'),
      },
      {
        kind: 'goal',
        id: 'grow',
        name: 'Grow',
        before: score(before, 'goals', 'grow'),
        after: score(after, 'goals', 'grow'),
      },
    ]);
    expect(d.verdict.text).toMatch(
      /^✅ No new errors; 1 finding resolved; alignment \d+(\.\d)? → \d+(\.\d)? \(\+[\d.]+\); 1 KPI changed$/,
    );
  });

  it('turns a new error into a ❌ verdict', () => {
    const d = diff({}, leads({ objectives: ['grow-sales', 'no-such-objective'] }));
    expect(d.findings.introduced.map((f) => [f.severity, f.file])).toEqual([
      ['error', 'metrics/leads.yaml'],
    ]);
    expect(d.verdict.level).toBe('error');
    expect(d.verdict.text).toMatch(/^❌ 1 new error; /);
  });

  it('reports a redefined goal and its score', () => {
    const d = diff(
      {},
      { 'strategy.yaml': strategyYaml().replace('title: Grow\n', 'title: Grow more\n') },
    );
    expect(d.entities).toEqual([
      { kind: 'goal', id: 'grow', name: 'Grow more', change: 'changed', fields: ['title'] },
    ]);
    expect(d.scores?.map((s) => `${s.kind}:${s.id}`)).toEqual(['organization:', 'goal:grow']);
  });
});

describe('diffModels: a side with errors', () => {
  it('lists a KPI file broken by a syntax error as unreadable, not removed', () => {
    const d = diff({}, { 'metrics/leads.yaml': 'name: [unclosed\n' });
    expect(d.kpis.broken).toEqual([{ id: 'leads', name: 'Leads', team: 'sales' }]);
    expect(d.kpis.removed).toEqual([]);
    // Its guardrail findings vanish with it, but that is no resolution (a team's count of KPIs
    // in teams.yaml does change, and is reported).
    expect(d.findings.resolved.filter((f) => f.file.startsWith('metrics/'))).toEqual([]);
    expect(
      d.findings.introduced
        .filter((f) => f.file.startsWith('metrics/'))
        .map((f) => `${f.severity} ${f.rule} ${f.file}`),
    ).toEqual(['error yaml-syntax metrics/leads.yaml']);
    expect(d.verdict.text).toMatch(/^❌ 1 new error, 1 new warning; .*; 1 KPI unreadable$/);
  });

  it('lists a repaired KPI file as readable again, not added', () => {
    const d = diff({ 'metrics/leads.yaml': 'name: [unclosed\n' }, {});
    expect(d.kpis.repaired).toEqual([{ id: 'leads', name: 'Leads', team: 'sales' }]);
    expect(d.kpis.added).toEqual([]);
    expect(d.findings.introduced.filter((f) => f.file.startsWith('metrics/'))).toEqual([]);
    expect(d.findings.resolved.filter((f) => f.file.startsWith('metrics/'))).toEqual([
      expect.objectContaining({ rule: 'yaml-syntax', file: 'metrics/leads.yaml' }),
    ]);
  });

  it('compares only file errors when the base strategy did not load', () => {
    const d = diff({ 'strategy.yaml': 'organization: [\n' }, {});
    expect(d.scores).toBeNull();
    expect(d.entities).toEqual([]);
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.resolved.map((f) => `${f.rule} ${f.file}`)).toEqual([
      'yaml-syntax strategy.yaml',
    ]);
    expect(d.notes).toEqual([
      'At the base strategy.yaml or teams.yaml did not load, so only file errors and KPI fields are compared — not references, guardrail findings, teams, objectives, goals or alignment scores.',
    ]);
    expect(d.verdict.text).toBe('✅ No new errors; 1 finding resolved; alignment not compared');
  });

  it('reports a teams.yaml broken by the change', () => {
    const d = diff({}, { 'teams.yaml': '- { id: acme\n' });
    expect(d.findings.introduced.map((f) => `${f.severity} ${f.file}`)).toEqual([
      'error teams.yaml',
    ]);
    expect(d.notes[0]).toMatch(/^Now strategy.yaml or teams.yaml did not load/);
    expect(d.verdict.text).toBe('❌ 1 new error; alignment not compared');
  });
});
