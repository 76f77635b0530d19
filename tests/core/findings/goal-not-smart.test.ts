import { describe, expect, it } from 'vitest';
import { goalNotSmart } from '../../../src/core/findings/goal-not-smart.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const strategy = (goals: readonly string[]) =>
  [
    'organization: Acme',
    'goals:',
    ...goals,
    'objectives:',
    '  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }',
    '',
  ].join('\n');

const smartGoal = [
  '  - id: grow',
  '    title: Grow',
  '    statement: Reach $2M in revenue by 2026-12-31',
  '    kpis: [revenue]',
  '    owner: Ana Silva',
  '    priority: 1',
  '    deadline: 2026-12-31',
];

describe('goalNotSmart', () => {
  it('flags a goal missing SMART parts at its id and lists every missing part', () => {
    // The default goal `grow` has a headline KPI and an objective serving it, nothing else.
    const found = goalNotSmart(analyzeFiles());
    expect(where(found)).toEqual([
      { rule: 'goal-not-smart', severity: 'warning', file: 'strategy.yaml', line: 3, col: 9 },
    ]);
    expect(found[0]!.message).toBe(
      'Goal `grow` is not SMART: it is not specific (no `statement`), not achievable (no `owner` and no `priority`) and not time-bound (no `deadline`).',
    );
    expect(found[0]!.hint).toBe(
      'Write a `statement` saying what, how much and by when; name the `owner` who answers for it and its `priority` among the goals; set a `deadline`.',
    );
  });

  it('calls a goal unmeasurable when its headline KPI is retired, and irrelevant when no objective serves it', () => {
    const found = goalNotSmart(
      analyzeFiles({
        'strategy.yaml': strategy([
          ...smartGoal,
          '  - { id: expand, title: Expand, statement: Open 3 shops, kpis: [old], owner: Ana, priority: 2, deadline: 2027 }',
        ]),
        'metrics/old.yaml':
          'name: Old\ndirection: up\nteam: acme\ncadence: monthly\nstatus: retired\nretired: { date: 2026-01-31, reason: Gone }\n',
      }),
    );
    expect(where(found)).toEqual([
      { rule: 'goal-not-smart', severity: 'warning', file: 'strategy.yaml', line: 10, col: 11 },
    ]);
    expect(found[0]!.message).toBe(
      'Goal `expand` is not SMART: it is not measurable (its headline KPIs are retired) and not relevant (no objective serves it).',
    );
  });

  it('passes a SMART goal', () => {
    expect(goalNotSmart(analyzeFiles({ 'strategy.yaml': strategy(smartGoal) }))).toEqual([]);
  });
});
