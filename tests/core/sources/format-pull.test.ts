import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import {
  formatPullJson,
  formatPullText,
  type KpiPullReport,
} from '../../../src/core/sources/format-pull.ts';

const reports: KpiPullReport[] = [
  {
    kpi: 'orders',
    status: 'changed',
    csv: 'metrics/orders.csv',
    periods: 9,
    added: ['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W05', '2026-W06', '2026-W07'],
    revised: [{ period: '2025-W52', from: null, to: 1e21 }],
    kept: 2,
  },
  {
    kpi: 'churn',
    status: 'error',
    error: diagnostic(
      'pull-query',
      { file: 'metrics/churn.sql', line: 3, col: 8 },
      'Boom.',
      'Fix it.',
    ),
  },
  {
    kpi: 'aov',
    status: 'unchanged',
    csv: 'metrics/aov.csv',
    periods: 1,
    added: [],
    revised: [],
    kept: 0,
  },
];

describe('the pull summary', () => {
  it('lists each KPI in id order with its changes, then totals', () => {
    expect(formatPullText(reports, { pathPrefix: 'kpis/', dryRun: false })).toBe(
      [
        'aov         no change (1 period)',
        'churn       error kpis/metrics/churn.sql:3:8 — Boom.',
        '            → Fix it.',
        'orders      7 new (2026-W01, 2026-W02, 2026-W03 … 2026-W06, 2026-W07), 1 revised, 2 kept that the query no longer returns',
        '            2025-W52: (empty) → 1000000000000000000000',
        '',
        'Pulled 3 KPIs: 7 new periods, 1 revision, 1 error.',
        '',
      ].join('\n'),
    );
    expect(formatPullText([], { pathPrefix: '', dryRun: true })).toBe(
      '\nDry run, nothing written: would pull 0 KPIs: 0 new periods, 0 revisions, 0 errors.\n',
    );
  });

  it('writes JSON counts and the reports sorted by KPI', () => {
    const json = JSON.parse(formatPullJson(reports, { asOf: '2026-11-24', dryRun: false }));
    expect(json).toMatchObject({ asOf: '2026-11-24', dryRun: false, changed: 1, errors: 1 });
    expect(json.kpis.map((k: { kpi: string }) => k.kpi)).toEqual(['aov', 'churn', 'orders']);
    expect(json.kpis[1].error).toMatchObject({
      rule: 'pull-query',
      line: 3,
      col: 8,
      hint: 'Fix it.',
    });
  });
});
