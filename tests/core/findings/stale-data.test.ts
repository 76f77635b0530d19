import { describe, expect, it } from 'vitest';
import { staleData } from '../../../src/core/findings/stale-data.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

describe('staleData', () => {
  it("flags overdue readings at the CSV row of the latest one, even when it is not the file's last row", () => {
    const found = staleData(
      analyzeFiles({
        'metrics/revenue.csv': 'date,value\n2026-02,110\n2026-01,100\n',
        'metrics/leads.csv': null,
      }),
    );
    expect(where(found)).toEqual([
      { rule: 'stale-data', severity: 'warning', file: 'metrics/revenue.csv', line: 2, col: 1 },
    ]);
    // As of 2026-11-24, March to October 2026 have ended without a reading: 8 months.
    expect(found[0]!.message).toBe(
      '`revenue` is 8 months overdue: its latest reading is for 2026-02.',
    );
    expect(found[0]!.hint).toBe(
      'Add the readings for 2026-03 to 2026-10 to metrics/revenue.csv; if it is measured less often, change `cadence`.',
    );
  });

  it('passes readings one period behind (the default limit is 2), and a KPI with none', () => {
    // As of 2026-04-10, only March has ended after February's reading.
    const found = staleData(
      analyzeFiles(
        {
          'metrics/revenue.csv': 'date,value\n2026-01,100\n2026-02,110\n',
          'metrics/leads.csv': null,
        },
        '2026-04-10',
      ),
    );
    expect(found).toEqual([]);
  });

  it('follows policy.stale_after_periods', () => {
    const strategy = [
      'organization: Acme',
      'policy: { stale_after_periods: 1 }',
      'objectives:',
      '  - { id: grow-sales, title: Grow sales, perspective: financial }',
      '',
    ].join('\n');
    const found = staleData(
      analyzeFiles(
        {
          'strategy.yaml': strategy,
          'metrics/revenue.csv': 'date,value\n2026-01,100\n2026-02,110\n',
          'metrics/leads.csv': null,
        },
        '2026-04-10',
      ),
    );
    expect(where(found)).toEqual([
      { rule: 'stale-data', severity: 'warning', file: 'metrics/revenue.csv', line: 3, col: 1 },
    ]);
    expect(found[0]!.hint).toContain('Add the reading for 2026-03 to');
  });
});
