import { describe, expect, it } from 'vitest';
import { targetPast } from '../../../src/core/findings/target-past.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';

const revenue = (target: string, status = 'active') =>
  [
    'name: Revenue',
    'direction: up',
    'team: acme',
    'cadence: monthly',
    `status: ${status}`,
    `target: ${target}`,
    ...(status === 'retired' ? ['retired: { date: 2026-09-30, reason: Done }'] : []),
    '',
  ].join('\n');

describe('targetPast', () => {
  it("flags an active KPI whose target date is before the as-of date, at the target's date", () => {
    const found = targetPast(
      analyzeFiles({ 'metrics/revenue.yaml': revenue('{ value: 200, date: 2026-06-30 }') }),
    );
    // Line 6 `target: { value: 200, date: 2026-06-30 }`: "target: { value: 200, date: " is 28 chars.
    expect(where(found)).toEqual([
      { rule: 'target-past', severity: 'info', file: 'metrics/revenue.yaml', line: 6, col: 29 },
    ]);
    expect(found[0]!.message).toBe(
      'The target of `revenue` (200 by 2026-06-30) has passed, but the KPI is still active.',
    );
  });

  it('passes a target due on or after the as-of date, and a retired KPI', () => {
    for (const text of [
      revenue('{ value: 200, date: 2026-11-24 }'),
      revenue('{ value: 200, date: 2026-12-31 }'),
      revenue('{ value: 200, date: 2026-06-30 }', 'retired'),
    ]) {
      expect(targetPast(analyzeFiles({ 'metrics/revenue.yaml': text }))).toEqual([]);
    }
  });
});
