import { describe, expect, it } from 'vitest';
import { computeProject } from '../../../src/core/pipeline.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { starterFiles } from '../../../src/core/scaffold/starter-files.ts';

const TODAY = '2026-11-24';

function compute(today = TODAY) {
  return computeProject(starterFiles({ today, schemaDir: '../schemas' }), parseDay(today)!);
}

describe('starterFiles', () => {
  it('is a strategy, a team tree, one KPI and its readings', () => {
    expect(starterFiles({ today: TODAY, schemaDir: 'x' }).map((f) => f.path)).toEqual([
      'strategy.yaml',
      'teams.yaml',
      'metrics/revenue.yaml',
      'metrics/revenue.csv',
    ]);
  });

  it('passes the check: no error, and warnings only for the objectives still without a KPI', () => {
    const { diagnostics, project } = compute();
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => `${d.rule} ${d.file}:${d.line}`)).toEqual([
      'objective-without-kpi strategy.yaml:41',
      'objective-without-kpi strategy.yaml:47',
      'objective-without-kpi strategy.yaml:53',
    ]);
    // The size checks a small new strategy fails are notes, as its policy comment explains.
    expect(new Set(diagnostics.filter((d) => d.severity === 'info').map((d) => d.rule))).toEqual(
      new Set(['objectives-total', 'perspective-count', 'vital-few']),
    );
    expect(project.teams.map((t) => `${t.id}:${t.level}:${t.parent ?? ''}`)).toEqual([
      'company:enterprise:',
      'sales:function:company',
      'inside-sales:team:sales',
    ]);
  });

  it('gives the KPI full alignment and an on-track status from fresh readings', () => {
    const { model } = compute();
    const kpi = model.kpis.find((k) => k.id === 'revenue')!;
    // Plan on 2026-10-31: 100,000 on 2026-08-31 rising to 125,000 on 2027-06-30 (303 days), so
    // 100,000 + 25,000 × 61/303 = 105,033; 105,000 is 0.03 % behind: on track.
    expect(kpi.latest).toEqual({ period: '2026-10', date: '2026-10-31', value: 105000 });
    expect(kpi.planned).toBeCloseTo(105033.0, 1);
    expect(kpi.status).toBe('on-track');
    expect(kpi.stale).toBe(false);
    expect(kpi.lineOfSight).toEqual(['revenue', 'grow-revenue']);
    expect(kpi.alignment.score).toBe(100);
  });

  it('dates the example readings in the three months before today, across a new year', () => {
    const csv = starterFiles({ today: '2027-02-03', schemaDir: 'x' })[3]!.text;
    expect(csv.split('\n').map((l) => l.split(',')[0])).toEqual([
      'date',
      '2026-11',
      '2026-12',
      '2027-01',
      '',
    ]);
    const { diagnostics } = compute('2027-02-03');
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([
      'objective-without-kpi',
      'objective-without-kpi',
      'objective-without-kpi',
    ]);
  });

  it('points every YAML file at its JSON Schema, relative to its own folder', () => {
    const files = starterFiles({
      today: TODAY,
      schemaDir: '../node_modules/plumbline-kpi/schemas',
    });
    expect(files.filter((f) => f.path.endsWith('.yaml')).map((f) => f.text.split('\n')[0])).toEqual(
      [
        '# yaml-language-server: $schema=../node_modules/plumbline-kpi/schemas/strategy.json',
        '# yaml-language-server: $schema=../node_modules/plumbline-kpi/schemas/teams.json',
        '# yaml-language-server: $schema=../../node_modules/plumbline-kpi/schemas/metric.json',
      ],
    );
  });

  it('explains the fields in comments', () => {
    const [strategy, teams] = starterFiles({ today: TODAY, schemaDir: 'x' });
    for (const line of [
      'organization:',
      'title:',
      'statement:',
      'owner:',
      'deadline:',
      'priority:',
    ])
      expect(strategy!.text).toMatch(new RegExp(`${line} .*# `));
    expect(strategy!.text).toContain(
      'plumbline new kpi <id> --team <team> --objective <objective>',
    );
    for (const field of ['id', 'name', 'level', 'parent', 'lead', 'github'])
      expect(teams!.text).toMatch(new RegExp(`^# {3}${field} +\\S`, 'm'));
  });
});
