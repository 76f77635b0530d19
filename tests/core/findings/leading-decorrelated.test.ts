import { describe, expect, it } from 'vitest';
import { leadingDecorrelated } from '../../../src/core/findings/leading-decorrelated.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

/** Monthly readings from January 2024: a start value, then one change per month. */
function monthly(start: number, changes: readonly number[]): string {
  const rows: string[] = [];
  let v = start;
  for (let i = 0; i <= changes.length; i++) {
    const year = 2024 + Math.floor(i / 12);
    rows.push(`${year}-${String((i % 12) + 1).padStart(2, '0')},${v}`);
    v += changes[i] ?? 0;
  }
  return ['date,value', ...rows, ''].join('\n');
}

const alternate = (size: number, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 === 0 ? size : -size));
// 17 early changes: revenue moves exactly as leads, ±5. The 12 recent ones: leads +1 −1 …, revenue
// +1 +1 −1 −1 …, orthogonal (r = 0 over the last 12 months). Over all 29: Σxy = 17·25 = 425,
// Σx² = Σy² = 425 + 12 = 437, so r ≈ 425/437 ≈ 0.97: validated over the whole history.
const LEAD_CHANGES = [...alternate(5, 17), ...alternate(1, 12)];
const LAG_CHANGES = [...alternate(5, 17), ...[1, 1, -1, -1, 1, 1, -1, -1, 1, 1, -1, -1]];

const leads = [
  'name: Leads',
  'direction: up',
  'team: sales',
  'cadence: monthly',
  'objectives: [grow-sales]',
  'kind: leading',
  'drives:',
  '  - kpi: revenue',
  '    lag: 0',
  '',
].join('\n');

describe('leadingDecorrelated', () => {
  it('flags a link that held over the history but not over the last 12 periods', () => {
    const found = leadingDecorrelated(
      analyzeFiles({
        'metrics/leads.yaml': leads,
        'metrics/leads.csv': monthly(100, LEAD_CHANGES),
        'metrics/revenue.csv': monthly(1000, LAG_CHANGES),
      }),
    );
    // drives[0] is the block map starting at `kpi` on line 8, after "  - ".
    expect(where(found)).toEqual([
      {
        rule: 'leading-decorrelated',
        severity: 'warning',
        file: 'metrics/leads.yaml',
        line: 8,
        col: 5,
      },
    ]);
    expect(found[0]!.message).toMatch(
      /^`leads` no longer moves with `revenue`: the link holds over the whole history \(r = 0\.97, n = 29, p < 0\.001\) but not over the last 12 months \(r = 0\.00, n = 12, p = 1\.000\)\.$/,
    );
  });

  it('passes a link that still holds', () => {
    const found = leadingDecorrelated(
      analyzeFiles({
        'metrics/leads.yaml': leads,
        'metrics/leads.csv': monthly(100, LEAD_CHANGES),
        'metrics/revenue.csv': monthly(1000, LEAD_CHANGES),
      }),
    );
    expect(found).toEqual([]);
  });
});
