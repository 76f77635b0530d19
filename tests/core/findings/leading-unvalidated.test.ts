import { describe, expect, it } from 'vitest';
import { leadingUnvalidated } from '../../../src/core/findings/leading-unvalidated.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

/** Monthly readings from January 2025, one value per month. */
function monthly(values: readonly number[]): string {
  const rows = values.map((v, i) => `2025-${String(i + 1).padStart(2, '0')},${v}`);
  return ['date,value', ...rows, ''].join('\n');
}

const leads = (extra: string[]) =>
  [
    'name: Leads',
    'direction: up',
    'team: sales',
    'cadence: monthly',
    'objectives: [grow-sales]',
    ...extra,
    '',
  ].join('\n');

// Changes of leads: +1 −1 +1 −1 +1 −1 +1 −1.
const LEADS = [10, 11, 10, 11, 10, 11, 10, 11, 10];
// Changes of revenue: +1 +1 −1 −1 +1 +1 −1 −1. Both sum to 0 and Σ xy = 1 − 1 − 1 + 1 + 1 − 1 − 1 + 1
// = 0, so r = 0 exactly over n = 8 pairs, and p = 1.
const UNRELATED = [100, 101, 102, 101, 100, 101, 102, 101, 100];
// Changes of revenue twice those of leads: r = 1.
const FOLLOWS = [100, 102, 100, 102, 100, 102, 100, 102, 100];

describe('leadingUnvalidated', () => {
  it('flags a drives link with 8 pairs the data does not support, even from a lagging KPI', () => {
    const found = leadingUnvalidated(
      analyzeFiles({
        'metrics/leads.yaml': leads(['drives:', '  - { kpi: revenue, lag: 0 }']),
        'metrics/leads.csv': monthly(LEADS),
        'metrics/revenue.csv': monthly(UNRELATED),
      }),
    );
    // drives[0] is the flow map on line 7, after "  - ".
    expect(where(found)).toEqual([
      {
        rule: 'leading-unvalidated',
        severity: 'warning',
        file: 'metrics/leads.yaml',
        line: 7,
        col: 5,
      },
    ]);
    expect(found[0]!.message).toBe(
      'The data does not confirm that `leads` leads `revenue`: their changes are not significantly related (r = 0.00, n = 8, p = 1.000 with a lag of 0 months).',
    );
  });

  it('says when the data moves against the declared effect', () => {
    const against = FOLLOWS.map((v) => 200 - v);
    const found = leadingUnvalidated(
      analyzeFiles({
        'metrics/leads.yaml': leads(['drives:', '  - { kpi: revenue, lag: 0 }']),
        'metrics/leads.csv': monthly(LEADS),
        'metrics/revenue.csv': monthly(against),
      }),
    );
    expect(found[0]!.message).toBe(
      'The data does not confirm that `leads` leads `revenue`: they move in opposite directions (r = −1.00, n = 8, p < 0.001 with a lag of 0 months), but the link expects them to move together.',
    );
    expect(found[0]!.hint).toContain('add `effect: inverse`');
  });

  it('flags a leading KPI with too little data to test its only link', () => {
    const found = leadingUnvalidated(
      analyzeFiles({
        'metrics/leads.yaml': leads(['kind: leading', 'drives: [{ kpi: revenue }]']),
      }),
    );
    // `drives: [{ kpi: revenue }]` on line 7: the flow map starts after "drives: [".
    expect(where(found)).toEqual([
      {
        rule: 'leading-unvalidated',
        severity: 'warning',
        file: 'metrics/leads.yaml',
        line: 7,
        col: 10,
      },
    ]);
    // leads has one reading, so there is no change to pair.
    expect(found[0]!.message).toBe(
      'The data does not confirm that `leads` leads `revenue`: not enough data (0 pairs, 8 needed).',
    );
  });

  it('flags a leading KPI that drives nothing, at its `kind`', () => {
    const found = leadingUnvalidated(
      analyzeFiles({ 'metrics/leads.yaml': leads(['kind: leading']) }),
    );
    expect(where(found)).toEqual([
      {
        rule: 'leading-unvalidated',
        severity: 'warning',
        file: 'metrics/leads.yaml',
        line: 6,
        col: 7,
      },
    ]);
  });

  it('passes a validated link, and a lagging KPI whose link has too little data', () => {
    const validated = leadingUnvalidated(
      analyzeFiles({
        'metrics/leads.yaml': leads(['kind: leading', 'drives: [{ kpi: revenue, lag: 0 }]']),
        'metrics/leads.csv': monthly(LEADS),
        'metrics/revenue.csv': monthly(FOLLOWS),
      }),
    );
    expect(validated).toEqual([]);
    const lagging = leadingUnvalidated(
      analyzeFiles({ 'metrics/leads.yaml': leads(['drives: [{ kpi: revenue }]']) }),
    );
    expect(lagging).toEqual([]);
  });
});
