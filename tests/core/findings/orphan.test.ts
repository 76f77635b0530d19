import { describe, expect, it } from 'vitest';
import { orphan } from '../../../src/core/findings/orphan.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const leads = (extra: string[]) =>
  ['name: Leads', 'direction: up', 'team: sales', 'cadence: monthly', ...extra, ''].join('\n');

describe('orphan', () => {
  it('flags an active KPI that reaches no goal, at its `objectives:` key', () => {
    const found = orphan(analyzeFiles({ 'metrics/leads.yaml': leads(['objectives: []']) }));
    expect(where(found)).toEqual([
      { rule: 'orphan', severity: 'warning', file: 'metrics/leads.yaml', line: 5, col: 1 },
    ]);
  });

  it('points at the top of the file when it has no `objectives:`', () => {
    const found = orphan(analyzeFiles({ 'metrics/leads.yaml': leads([]) }));
    expect(where(found)).toEqual([
      { rule: 'orphan', severity: 'warning', file: 'metrics/leads.yaml', line: 1, col: 1 },
    ]);
  });

  it('passes a KPI that reaches a goal only through the KPI it supports, and a retired orphan', () => {
    const found = orphan(
      analyzeFiles({
        // revenue is the headline KPI of goal `grow`.
        'metrics/leads.yaml': leads(['supports: [{ kpi: revenue }]']),
        'metrics/old.yaml': leads([
          'status: retired',
          'retired: { date: 2026-01-31, reason: Gone }',
        ]),
      }),
    );
    expect(found).toEqual([]);
  });
});
