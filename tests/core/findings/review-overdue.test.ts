import { describe, expect, it } from 'vitest';
import { reviewOverdue } from '../../../src/core/findings/review-overdue.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const revenue = (extra: string[]) =>
  [
    'name: Revenue',
    'direction: up',
    'team: acme',
    'cadence: monthly',
    'review: quarterly',
    ...extra,
    '',
  ].join('\n');

const review = (date: string) =>
  `date: ${date}\ndecisions:\n  - { kpi: revenue, decision: keep }\n`;

describe('reviewOverdue', () => {
  it('flags a KPI last reviewed more than 92 days ago for a quarterly review, at `review`', () => {
    // 2026-08-01 → 2026-11-24 is 115 days.
    const found = reviewOverdue(
      analyzeFiles({
        'metrics/revenue.yaml': revenue(['introduced: 2025-01-01']),
        'journal/q2.yaml': review('2026-08-01'),
      }),
    );
    expect(where(found)).toEqual([
      {
        rule: 'review-overdue',
        severity: 'warning',
        file: 'metrics/revenue.yaml',
        line: 5,
        col: 9,
      },
    ]);
    expect(found[0]!.message).toBe(
      '`revenue` is due a quarterly review (every 92 days), but its last review was on 2026-08-01, 115 days ago.',
    );
  });

  it('counts from `introduced` when never reviewed, and flags a KPI with neither', () => {
    const introduced = reviewOverdue(
      analyzeFiles({ 'metrics/revenue.yaml': revenue(['introduced: 2026-01-01']) }),
    );
    expect(introduced[0]!.message).toContain('since it was introduced on 2026-01-01, 327 days ago');
    const neither = reviewOverdue(analyzeFiles({ 'metrics/revenue.yaml': revenue([]) }));
    expect(where(neither)).toHaveLength(1);
  });

  it('passes a review within the cadence, up to the day, ignoring journal entries after the as-of date', () => {
    // 2026-08-24 → 2026-11-24 is exactly 92 days.
    const found = reviewOverdue(
      analyzeFiles({
        'metrics/revenue.yaml': revenue([]),
        'journal/q3.yaml': review('2026-08-24'),
        'journal/later.yaml': review('2026-12-01'),
      }),
    );
    expect(found).toEqual([]);
    const future = reviewOverdue(
      analyzeFiles({
        'metrics/revenue.yaml': revenue(['introduced: 2025-01-01']),
        'journal/later.yaml': review('2026-12-01'),
      }),
    );
    expect(future).toHaveLength(1);
  });
});
