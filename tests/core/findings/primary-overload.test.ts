import { describe, expect, it } from 'vitest';
import { primaryOverload } from '../../../src/core/findings/primary-overload.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';
import { strategyWithPolicy } from '../../helpers/project-files.ts';

const strategy = (limit: number) => strategyWithPolicy(`{ primary_per_owner: ${limit} }`);

const kpi = (name: string, owner: string) =>
  [
    `name: ${name}`,
    'direction: up',
    'team: sales',
    'cadence: monthly',
    'objectives: [grow-sales]',
    'supports: [{ kpi: revenue }]',
    'primary: true',
    `owner: ${owner}`,
    '',
  ].join('\n');

describe('primaryOverload', () => {
  it('flags one owner over the limit on a goal, an objective and a team, at each', () => {
    const found = primaryOverload(
      analyzeFiles({
        'strategy.yaml': strategy(1),
        'metrics/leads.yaml': kpi('Leads', 'Ana Silva'),
        'metrics/calls.yaml': kpi('Calls', 'Ana Silva'),
      }),
    );
    // strategy.yaml: `  - id: grow` (line 4) and `  - id: grow-sales` (line 8), ids at col 9;
    // teams.yaml line 2 `- { id: sales, ... }`, id at col 9.
    expect(where(found)).toEqual([
      { rule: 'primary-overload', severity: 'warning', file: 'strategy.yaml', line: 4, col: 9 },
      { rule: 'primary-overload', severity: 'warning', file: 'strategy.yaml', line: 8, col: 9 },
      { rule: 'primary-overload', severity: 'warning', file: 'teams.yaml', line: 2, col: 9 },
    ]);
    expect(found[0]!.message).toBe(
      'Ana Silva has 2 primary KPIs on goal `grow`, more than 1: `calls` and `leads`.',
    );
  });

  it('passes primary KPIs of different owners, or within the limit', () => {
    const split = primaryOverload(
      analyzeFiles({
        'strategy.yaml': strategy(1),
        'metrics/leads.yaml': kpi('Leads', 'Ana Silva'),
        'metrics/calls.yaml': kpi('Calls', 'Lee Wong'),
      }),
    );
    expect(split).toEqual([]);
    const within = primaryOverload(
      analyzeFiles({
        'strategy.yaml': strategy(2),
        'metrics/leads.yaml': kpi('Leads', 'Ana Silva'),
        'metrics/calls.yaml': kpi('Calls', 'Ana Silva'),
      }),
    );
    expect(within).toEqual([]);
  });
});
