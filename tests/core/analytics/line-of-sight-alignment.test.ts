import { describe, expect, it } from 'vitest';
import { scoreAlignment, type AlignmentFacts } from '../../../src/core/analytics/alignment.ts';
import { linesOfSight } from '../../../src/core/analytics/line-of-sight.ts';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

describe('linesOfSight', () => {
  it('reaches a goal as a headline KPI, through an objective, or through what it supports', () => {
    const { project } = loadProject(
      projectFiles({
        'teams.yaml':
          '- { id: acme, name: Acme, level: enterprise }\n- { id: sales, name: Sales, level: function, parent: acme }\n- { id: desk, name: Desk, level: team, parent: sales }\n',
        'metrics/leads.yaml': metricYaml({ team: 'sales', supports: [{ kpi: 'revenue' }] }),
        'metrics/calls.yaml': metricYaml({ team: 'desk', supports: [{ kpi: 'leads' }] }),
        'metrics/direct.yaml': metricYaml({ team: 'sales', objectives: ['grow-sales'] }),
        'metrics/lonely.yaml': metricYaml({ team: 'sales' }),
      }),
    );
    const sight = linesOfSight(project);
    const los = new Map(
      [...sight].map(([id, steps]) => [id, steps === null ? null : steps.map((s) => s.id)]),
    );
    expect(los.get('revenue')).toEqual(['revenue', 'grow']); // headline KPI of goal `grow`
    expect(los.get('direct')).toEqual(['direct', 'grow-sales', 'grow']);
    expect(los.get('leads')).toEqual(['leads', 'revenue', 'grow']);
    expect(los.get('calls')).toEqual(['calls', 'leads', 'revenue', 'grow']);
    expect(sight.get('direct')!.map((s) => s.kind)).toEqual(['kpi', 'objective', 'goal']);
    expect(sight.get('calls')!.map((s) => s.kind)).toEqual(['kpi', 'kpi', 'kpi', 'goal']);
    expect(los.get('lonely')).toBeNull();
  });

  it('does not loop on a supports cycle', () => {
    const { project } = loadProject(
      projectFiles({
        'strategy.yaml': 'organization: A\n',
        'metrics/revenue.yaml': metricYaml({ supports: [{ kpi: 'leads' }] }),
      }),
    );
    expect(linesOfSight(project).get('leads')).toBeNull();
  });
});

describe('scoreAlignment', () => {
  const full: AlignmentFacts = {
    owner: 'Ana',
    lineOfSight: ['k', 'o', 'g'],
    hasTarget: true,
    triggers: 1,
    hasReadings: true,
    stale: false,
    overdue: 0,
    kind: 'leading',
    drives: [{ to: 'rev', n: 20, validated: true }],
    vanity: false,
  };

  it('gives 100 when every check passes', () => {
    const a = scoreAlignment(full);
    expect(a.score).toBe(100);
    expect(a.checks.map((c) => [c.id, c.points])).toEqual([
      ['owned', 15],
      ['line-of-sight', 25],
      ['time-bound-target', 15],
      ['actionable', 10],
      ['fresh', 10],
      ['evidenced', 15],
      ['not-vanity', 10],
    ]);
  });

  it.each([
    [{ owner: null }, 85],
    [{ lineOfSight: null }, 75],
    [{ hasTarget: false }, 85],
    [{ triggers: 0 }, 90],
    [{ stale: true, overdue: 3 }, 90],
    [{ hasReadings: false }, 90],
    [{ vanity: true }, 90],
    // A leading KPI needs a validated drives link.
    [{ drives: [] }, 85],
    [{ drives: [{ to: 'rev', n: 5, validated: false }] }, 85],
    // No drives link with n ≥ 8 may be unvalidated, even beside a validated one.
    [
      {
        drives: [
          { to: 'rev', n: 20, validated: true },
          { to: 'x', n: 8, validated: false },
        ],
      },
      85,
    ],
    // A lagging KPI with no drives link passes; one with an unvalidated link (n ≥ 8) does not.
    [{ kind: 'lagging' as const, drives: [] }, 100],
    [{ kind: 'lagging' as const, drives: [{ to: 'x', n: 12, validated: false }] }, 85],
    [{ kind: 'lagging' as const, drives: [{ to: 'x', n: 7, validated: false }] }, 100],
    [
      {
        owner: null,
        lineOfSight: null,
        hasTarget: false,
        triggers: 0,
        hasReadings: false,
        drives: [],
        vanity: true,
      },
      0,
    ],
  ])('scores %j as %d', (change, score) => {
    expect(scoreAlignment({ ...full, ...change }).score).toBe(score);
  });
});
