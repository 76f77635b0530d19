import { describe, expect, it } from 'vitest';
import { vanityInCore } from '../../../src/core/findings/vanity-in-core.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const kpi = (team: string, extra: string[]) =>
  ['name: Visits', 'direction: up', `team: ${team}`, 'cadence: monthly', ...extra, ''].join('\n');

describe('vanityInCore', () => {
  it('flags a vanity headline KPI owned by the enterprise, at its `audit` label', () => {
    // revenue is the headline KPI of goal `grow` and acme is the enterprise.
    const found = vanityInCore(
      analyzeFiles({ 'metrics/revenue.yaml': kpi('acme', ['audit: vanity']) }),
    );
    expect(where(found)).toEqual([
      {
        rule: 'vanity-in-core',
        severity: 'warning',
        file: 'metrics/revenue.yaml',
        line: 5,
        col: 8,
      },
    ]);
    expect(found[0]!.message).toBe(
      '`revenue` is audited as a vanity metric but is reported as core: it is the headline KPI of goal `grow` and the enterprise (acme) owns it.',
    );
  });

  it('flags a primary vanity KPI of a function', () => {
    const found = vanityInCore(
      analyzeFiles({
        'metrics/leads.yaml': kpi('sales', [
          'objectives: [grow-sales]',
          'primary: true',
          'audit: vanity',
        ]),
      }),
    );
    expect(where(found)).toEqual([
      { rule: 'vanity-in-core', severity: 'warning', file: 'metrics/leads.yaml', line: 7, col: 8 },
    ]);
  });

  it('passes a vanity KPI kept off core reporting, and a core KPI that is not vanity', () => {
    const found = vanityInCore(
      analyzeFiles({
        'metrics/leads.yaml': kpi('sales', ['objectives: [grow-sales]', 'audit: vanity']),
        'metrics/revenue.yaml': kpi('acme', ['primary: true', 'audit: outcome']),
      }),
    );
    expect(found).toEqual([]);
  });
});
