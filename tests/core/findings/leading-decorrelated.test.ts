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

// 21 monthly changes (22 readings: under two years, so no season is removed). For the first 9,
// revenue moves exactly 10 × as leads; for the last 12 it moves on its own. Values from scipy:
//   python3 -c "from scipy.stats import pearsonr as p; x=[5,1,-1,-3,-5,-5,5,-1,3,-2,5,2,1,-2,1,-1,4,2,1,2,2]; y=[50,10,-10,-30,-50,-50,50,-10,30,-40,50,10,-30,50,-10,50,-10,40,10,-20,-20]; print(p(x,y), p(x[:9],y[:9]), p(x[9:],y[9:]))"
// whole r = 0.6127 (p = 0.007 with the effective pairs: tests/core/analytics/reference/evidence.py's
// corr_test gives 0.00693), first 9: r = 1, last 12: r = 0.0382, p = 0.906.
const LEAD_CHANGES = [5, 1, -1, -3, -5, -5, 5, -1, 3, -2, 5, 2, 1, -2, 1, -1, 4, 2, 1, 2, 2];
const LAG_CHANGES = [
  50, 10, -10, -30, -50, -50, 50, -10, 30, -40, 50, 10, -30, 50, -10, 50, -10, 40, 10, -20, -20,
];

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
  it('flags a link whose last 12 periods are weaker than the earlier ones', () => {
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
      /^`leads` no longer moves with `revenue` as it did: the link holds over the whole history \(r = 0\.61, n = 21, p = 0\.007\), but over the last 12 months \(r = 0\.04, n = 12, p = 0\.906\) it is weaker than before them \(r = 1\.00, n = 9, p < 0\.001; Fisher z test, one-sided p < 0\.001\)\.$/,
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
