import { describe, expect, it } from 'vitest';
import { cascadeTree, checkPassCounts } from '../../../src/core/analytics/alignment-summary.ts';
import { findingsSummary } from '../../../src/core/analytics/findings-summary.ts';
import { goalsByPriority } from '../../../src/core/analytics/goal-order.ts';
import { nextSteps } from '../../../src/core/analytics/next-step.ts';
import { scorecardCounts } from '../../../src/core/analytics/scorecard-counts.ts';
import type { FindingJson, KpiJson } from '../../../src/core/model/model.ts';

type K = Pick<KpiJson, 'id' | 'owner' | 'lifecycle' | 'stale' | 'status' | 'alerts'>;
const kpi = (id: string, more: Partial<K> = {}): K => ({
  id,
  owner: `owner of ${id}`,
  lifecycle: 'active',
  stale: false,
  status: 'off-track',
  alerts: [],
  ...more,
});
const alert = (kpi: string, action: string, owner: string | null) => ({
  kpi,
  trigger: 0,
  since: '2026-W40',
  action,
  owner,
});
const action = (kpi: string, date: string, what: string, done: string | null = null) => ({
  kpi,
  date,
  action: what,
  owner: null,
  done,
});

describe('nextSteps', () => {
  it('takes the alert first, then the latest open journal action, else none with the owner', () => {
    const steps = nextSteps(
      [
        kpi('a', { alerts: [alert('a', 'Call the carrier', 'Ana')] }),
        kpi('b', { status: 'at-risk' }),
        kpi('c'),
        kpi('d', { owner: null }),
      ],
      [
        {
          actions: [
            action('a', '2026-10-01', 'ignored: an alert wins'),
            action('b', '2026-09-01', 'old'),
          ],
        },
        {
          actions: [
            action('b', '2026-10-01', 'newer'),
            action('c', '2026-10-02', 'done already', '2026-10-03'),
          ],
        },
      ],
    );
    expect(steps.get('a')).toEqual({
      kind: 'alert',
      action: 'Call the carrier',
      owner: 'Ana',
      since: '2026-W40',
    });
    expect(steps.get('b')).toEqual({
      kind: 'journal',
      action: 'newer',
      owner: 'owner of b',
      date: '2026-10-01',
    });
    expect(steps.get('c')).toEqual({ kind: 'none', owner: 'owner of c' });
    expect(steps.get('d')).toEqual({ kind: 'none', owner: null });
  });

  it('gives no step to KPIs on track, stale, retired, proposed, without target or data', () => {
    const steps = nextSteps(
      [
        kpi('on', { status: 'on-track' }),
        kpi('stale', { stale: true }),
        kpi('retired', { lifecycle: 'retired' }),
        kpi('proposed', { lifecycle: 'proposed' }),
        kpi('nt', { status: 'no-target' }),
        kpi('nd', { status: 'no-data' }),
      ],
      [],
    );
    expect(steps.size).toBe(0);
  });

  it('an alert without an owner falls back to the KPI’s owner', () => {
    const steps = nextSteps([kpi('a', { alerts: [alert('a', 'Act', null)] })], []);
    expect(steps.get('a')).toMatchObject({ owner: 'owner of a' });
  });
});

describe('scorecardCounts', () => {
  it('counts each active KPI once, stale before its status; others not at all', () => {
    const { counts, active } = scorecardCounts([
      kpi('1', { status: 'on-track' }),
      kpi('2', { status: 'on-track', stale: true }),
      kpi('3', { status: 'at-risk' }),
      kpi('4', { status: 'no-target' }),
      kpi('5', { status: 'no-data' }),
      kpi('6', { status: 'off-track', lifecycle: 'retired', stale: true }),
    ]);
    expect(active).toBe(5);
    expect(counts).toEqual({
      'off-track': 0,
      'at-risk': 1,
      'on-track': 1,
      stale: 1,
      'no-target': 1,
      'no-data': 1,
    });
  });

  it('is all zeros for no KPIs', () => {
    expect(scorecardCounts([]).active).toBe(0);
    expect(Object.values(scorecardCounts([]).counts)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('findingsSummary', () => {
  const f = (rule: string, severity: FindingJson['severity']): FindingJson => ({
    rule,
    severity,
    message: 'm',
    hint: null,
    file: 'x.yaml',
    line: 1,
    col: 1,
  });
  it('counts by severity and groups by rule, most severe first', () => {
    const s = findingsSummary([
      f('b', 'warning'),
      f('a', 'warning'),
      f('c', 'error'),
      f('b', 'info'),
    ]);
    expect(s.total).toBe(4);
    expect(s.bySeverity).toEqual({ error: 1, warning: 2, info: 1 });
    expect(s.byRule.map((g) => [g.rule, g.severity, g.findings.length])).toEqual([
      ['c', 'error', 1],
      ['a', 'warning', 1],
      ['b', 'warning', 2],
    ]);
  });
});

describe('cascadeTree and checkPassCounts', () => {
  const link = (to: string) => ({ type: 'supports' as const, to }) as KpiJson['links'][number];
  it('puts each KPI under the one it supports, three levels deep, from level-1 roots', () => {
    const tree = cascadeTree([
      { id: 'top', level: 1, links: [] },
      { id: 'mid', level: 2, links: [link('top')] },
      { id: 'low', level: 3, links: [link('mid')] },
      { id: 'lower', level: 3, links: [link('low')] },
      { id: 'lonely', level: 2, links: [] },
    ]);
    expect(tree).toEqual([
      { id: 'top', children: [{ id: 'mid', children: [{ id: 'low', children: [] }] }] },
    ]);
  });

  it('counts the KPIs passing each check', () => {
    const k = (passed: string[]) =>
      ({
        alignment: { score: 0, checks: passed.map((id) => ({ id, passed: true })) },
      }) as unknown as Pick<KpiJson, 'alignment'>;
    const rates = checkPassCounts([k(['owned']), k(['owned', 'fresh']), k([])]);
    expect(rates.find((r) => r.id === 'owned')!.passed).toBe(2);
    expect(rates.find((r) => r.id === 'fresh')!.passed).toBe(1);
    expect(rates.find((r) => r.id === 'actionable')!.passed).toBe(0);
  });
});

describe('goalsByPriority', () => {
  it('orders by priority, unprioritised last, then by id', () => {
    const goals = [
      { id: 'c', priority: null },
      { id: 'b', priority: 2 },
      { id: 'a', priority: null },
      { id: 'd', priority: 1 },
    ];
    expect(goalsByPriority(goals).map((g) => g.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(goals[0]!.id).toBe('c'); // a new array
  });
});
