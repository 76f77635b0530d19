import { describe, expect, it } from 'vitest';
import { kpiConflict } from '../../../src/core/findings/kpi-conflict.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const kpi = (name: string, team: string, direction: string, unit = 'count') =>
  [
    `name: ${name}`,
    `direction: ${direction}`,
    `team: ${team}`,
    `unit: ${unit}`,
    'cadence: monthly',
    'objectives: [grow-sales]',
    '',
  ].join('\n');

describe('kpiConflict', () => {
  it('flags two teams measuring one objective in one unit in opposite directions', () => {
    const found = kpiConflict(
      analyzeFiles({
        'metrics/revenue.yaml': kpi('Revenue', 'acme', 'up'),
        'metrics/leads.yaml': kpi('Leads', 'sales', 'down'),
      }),
    );
    // At the `direction` of the first by id (leads), line 2 after "direction: ".
    expect(where(found)).toEqual([
      { rule: 'kpi-conflict', severity: 'warning', file: 'metrics/leads.yaml', line: 2, col: 12 },
    ]);
    expect(found[0]!.message).toBe(
      '`leads` (sales) should go down while `revenue` (acme) should go up, yet both measure objective `grow-sales` in count: the two teams may pull against each other.',
    );
    expect(found[0]!.hint).toContain('`shared_with: [acme]`');
  });

  it('passes the same team, different units, or the same direction', () => {
    for (const [teamB, unitB, directionB] of [
      ['acme', 'count', 'down'],
      ['sales', 'percent', 'down'],
      ['sales', 'count', 'up'],
    ] as const) {
      const found = kpiConflict(
        analyzeFiles({
          'metrics/revenue.yaml': kpi('Revenue', 'acme', 'up'),
          'metrics/other.yaml': kpi('Other', teamB, directionB, unitB),
          'metrics/leads.yaml': null,
          'metrics/leads.csv': null,
        }),
      );
      expect(found).toEqual([]);
    }
  });
});

describe('kpiConflict at scale', () => {
  it('gives one finding per objective and unit, naming a few KPIs and counting the rest', () => {
    const files: Record<string, string | null> = {
      'metrics/leads.yaml': null,
      'metrics/leads.csv': null,
    };
    // 6 up KPIs of acme and 6 down KPIs of sales on grow-sales: 36 pairs, one finding.
    for (let i = 0; i < 6; i++) {
      files[`metrics/up-${i}.yaml`] = kpi(`Up ${i}`, 'acme', 'up');
      files[`metrics/down-${i}.yaml`] = kpi(`Down ${i}`, 'sales', 'down');
    }
    const found = kpiConflict(analyzeFiles(files));
    expect(where(found)).toEqual([
      { rule: 'kpi-conflict', severity: 'warning', file: 'metrics/down-0.yaml', line: 2, col: 12 },
    ]);
    expect(found[0]!.message).toBe(
      '`down-0` (sales), `down-1` (sales), `down-2` (sales), `down-3` (sales) and 2 more should go down while `revenue` (acme), `up-0` (acme), `up-1` (acme), `up-2` (acme) and 3 more should go up, yet all measure objective `grow-sales` in count: the two teams may pull against each other.',
    );
  });
});
