import { describe, expect, it } from 'vitest';
import { planPoints, plannedAt } from '../../../src/core/analytics/plan.ts';
import { judgeStatus } from '../../../src/core/analytics/status.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import type { Amount } from '../../../src/core/schema/common.ts';

const day = (s: string) => parseDay(s)!;
const pct = (v: number): Amount => ({ kind: 'percent', value: v });
const abs = (v: number): Amount => ({ kind: 'absolute', value: v });

describe('plan', () => {
  const points = planPoints({
    baseline: { value: 100, date: day('2026-01-01') },
    milestones: [{ value: 160, date: day('2026-01-31') }],
    target: { value: 200, date: day('2026-03-02') },
  });

  it('is piecewise linear through baseline, milestones and target', () => {
    expect(plannedAt(points, day('2026-01-01'))).toBe(100);
    // 15 of 30 days from 100 to 160: 130.
    expect(plannedAt(points, day('2026-01-16'))).toBe(130);
    expect(plannedAt(points, day('2026-01-31'))).toBe(160);
    // 10 of 30 days from 160 to 200: 160 + 40/3.
    expect(plannedAt(points, day('2026-02-10'))).toBeCloseTo(160 + 40 / 3, 12);
  });

  it('is flat at the target after its date and absent before the first point', () => {
    expect(plannedAt(points, day('2027-06-01'))).toBe(200);
    expect(plannedAt(points, day('2025-12-31'))).toBeNull();
  });

  it('has no plan without a target, and only the target date with a target alone', () => {
    expect(planPoints({ milestones: [], baseline: { value: 1, date: 0 } })).toEqual([]);
    const only = planPoints({ milestones: [], target: { value: 9, date: day('2026-06-30') } });
    expect(plannedAt(only, day('2026-06-29'))).toBeNull();
    expect(plannedAt(only, day('2026-06-30'))).toBe(9);
  });

  it('sorts milestones and drops those after the target', () => {
    const p = planPoints({
      milestones: [
        { value: 5, date: day('2026-03-01') },
        { value: 3, date: day('2026-02-01') },
        { value: 99, date: day('2026-12-01') },
      ],
      target: { value: 10, date: day('2026-04-01') },
    });
    expect(p.map((x) => x.value)).toEqual([3, 5, 10]);
  });
});

describe('judgeStatus', () => {
  const target = { value: 200, date: day('2026-12-31') };
  const up = {
    direction: 'up' as const,
    target,
    thresholds: { warning: pct(0.05), critical: pct(0.15) },
  };

  it.each([
    [200, 'on-track'],
    [190, 'on-track'], // gap exactly −5 %: on the boundary, on track
    [189.8, 'at-risk'], // −5.1 %
    [170, 'at-risk'], // exactly −15 %
    [169.8, 'off-track'],
    [250, 'on-track'],
  ] as const)('up KPI with plan 200: %d is %s', (actual, status) => {
    expect(judgeStatus(up, actual, 200).status).toBe(status);
  });

  it('negates the gap for down KPIs', () => {
    const down = { ...up, direction: 'down' as const };
    expect(judgeStatus(down, 210, 200)).toEqual({
      status: 'on-track',
      gap: -0.05,
      gapAbsolute: -10,
    });
    expect(judgeStatus(down, 230, 200).status).toBe('at-risk');
    expect(judgeStatus(down, 150, 200)).toEqual({ status: 'on-track', gap: 0.25, gapAbsolute: 50 });
  });

  it('penalises both sides for target KPIs', () => {
    const t = { ...up, direction: 'target' as const };
    expect(judgeStatus(t, 220, 200)).toEqual({ status: 'at-risk', gap: -0.1, gapAbsolute: -20 });
    expect(judgeStatus(t, 180, 200)).toEqual({ status: 'at-risk', gap: -0.1, gapAbsolute: -20 });
    expect(judgeStatus(t, 200, 200).status).toBe('on-track');
  });

  it('compares the difference with absolute thresholds', () => {
    const a = {
      direction: 'up' as const,
      target,
      thresholds: { warning: abs(3), critical: abs(8) },
    };
    expect(judgeStatus(a, 197, 200).status).toBe('on-track');
    expect(judgeStatus(a, 196, 200).status).toBe('at-risk');
    expect(judgeStatus(a, 192, 200).status).toBe('at-risk');
    expect(judgeStatus(a, 191.9, 200).status).toBe('off-track');
  });

  it('uses 5 % and 10 % without thresholds', () => {
    const d = { direction: 'up' as const, target };
    expect(judgeStatus(d, 95, 100).status).toBe('on-track');
    expect(judgeStatus(d, 90, 100).status).toBe('at-risk');
    expect(judgeStatus(d, 89.9, 100).status).toBe('off-track');
  });

  it('says no-data, no-target, and handles a plan of zero without NaN', () => {
    expect(judgeStatus(up, null, 200).status).toBe('no-data');
    expect(judgeStatus({ direction: 'up' }, 5, null).status).toBe('no-target');
    expect(judgeStatus(up, 5, null).status).toBe('no-target');
    expect(judgeStatus(up, 0, 0)).toEqual({ status: 'on-track', gap: 0, gapAbsolute: 0 });
    expect(judgeStatus(up, -1, 0)).toEqual({ status: 'off-track', gap: null, gapAbsolute: -1 });
    expect(judgeStatus(up, 1, 0)).toEqual({ status: 'on-track', gap: null, gapAbsolute: 1 });
  });
});
