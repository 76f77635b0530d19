import { describe, expect, it } from 'vitest';
import { targetMissing } from '../../../src/core/findings/target-missing.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const revenue = (extra: string[] = []) =>
  ['name: Revenue', 'direction: up', 'team: acme', 'cadence: monthly', ...extra, ''].join('\n');

describe('targetMissing', () => {
  it('flags an active KPI without a target at the top of its file', () => {
    const found = targetMissing(
      analyzeFiles({ 'metrics/revenue.yaml': revenue(), 'metrics/leads.yaml': null }),
    );
    expect(where(found)).toEqual([
      {
        rule: 'target-missing',
        severity: 'warning',
        file: 'metrics/revenue.yaml',
        line: 1,
        col: 1,
      },
    ]);
  });

  it('passes a KPI with a target, and a proposed KPI without one', () => {
    const found = targetMissing(
      analyzeFiles({
        'metrics/revenue.yaml': revenue(['target: { value: 200, date: 2026-12-31 }']),
        'metrics/leads.yaml':
          'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\nstatus: proposed\n',
      }),
    );
    expect(found).toEqual([]);
  });
});
