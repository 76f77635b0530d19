import { describe, expect, it } from 'vitest';
import { triggerMissing } from '../../../src/core/findings/trigger-missing.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const leads = (extra: string[]) =>
  ['name: Leads', 'direction: up', 'team: sales', 'cadence: monthly', ...extra, ''].join('\n');

describe('triggerMissing', () => {
  it('flags an empty `triggers:` at its key, and a KPI without the field at its top', () => {
    const found = triggerMissing(analyzeFiles({ 'metrics/leads.yaml': leads(['triggers: []']) }));
    expect(where(found)).toEqual([
      { rule: 'trigger-missing', severity: 'warning', file: 'metrics/leads.yaml', line: 5, col: 1 },
      {
        rule: 'trigger-missing',
        severity: 'warning',
        file: 'metrics/revenue.yaml',
        line: 1,
        col: 1,
      },
    ]);
  });

  it('passes a KPI with a trigger and its action', () => {
    const found = triggerMissing(
      analyzeFiles({
        'metrics/leads.yaml': leads(['triggers:', '  - { when: { below: 5 }, action: Call Ana }']),
        'metrics/revenue.yaml':
          'name: Revenue\ndirection: up\nteam: acme\ncadence: monthly\ntriggers:\n  - when: { change: -20% }\n    action: Review pricing\n',
      }),
    );
    expect(found).toEqual([]);
  });
});
