import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../../src/core/analytics/forecast.ts';
import { computeFreshness } from '../../../src/core/analytics/freshness.ts';
import { periodSeries } from '../../../src/core/analytics/series.ts';
import { computeTrend } from '../../../src/core/analytics/trend.ts';
import { parseDay, parsePeriodText } from '../../../src/core/period/period.ts';
import { readings } from '../../helpers/readings.ts';

const day = (s: string) => parseDay(s)!;
const asOf = day('2030-01-01');
const monthly = (start: string, values: (number | null)[]) =>
  periodSeries(readings(start, values), 'month', 'last', asOf);
const up = { direction: 'up' as const };
const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('computeTrend', () => {
  it('finds a significant rise: improving for up, worsening for down', () => {
    // 1..12: every pair rises, S = 66, Var(S) = 12·11·29/18, z = 65/√212.67 ≈ 4.46, p ≈ 8e-6.
    const s = monthly(
      '2026-01',
      range(12, (i) => i + 1),
    );
    const t = computeTrend(s, up);
    expect(t.slope).toBe(1);
    expect(t.n).toBe(12);
    expect(t.p).toBeLessThan(1e-4);
    expect(t.direction).toBe('improving');
    expect(computeTrend(s, { direction: 'down' }).direction).toBe('worsening');
  });

  it('uses calendar indexes, so gaps keep their width', () => {
    // y = 2 × (months since Jan) with March and April missing: the slope is still 2 per month.
    const s = monthly('2026-01', [0, 2, null, null, 8, 10, 12, 14]);
    expect(computeTrend(s, up).slope).toBe(2);
  });

  it('looks only at the 12 most recent periods with a value', () => {
    // Falls for 8 months, then rises for 12: only the rise counts.
    const s = monthly('2025-01', [...range(8, (i) => 100 - i * 5), ...range(12, (i) => 10 + i)]);
    const t = computeTrend(s, up);
    expect(t.slope).toBe(1);
    expect(t.direction).toBe('improving');
  });

  it('is flat when not significant, and never NaN on equal values or one reading', () => {
    const zigzag = computeTrend(monthly('2026-01', [5, 7, 5, 7, 5, 7]), up);
    expect(zigzag.direction).toBe('flat');
    const equal = computeTrend(
      monthly(
        '2026-01',
        range(12, () => 4),
      ),
      up,
    );
    expect(equal).toEqual({ slope: 0, intercept: 4, p: null, direction: 'flat', n: 12 });
    const one = computeTrend(monthly('2026-01', [4]), up);
    expect(one).toEqual({ slope: null, intercept: null, p: null, direction: 'flat', n: 1 });
    const none = computeTrend(monthly('2026-01', []), up);
    expect(none.n).toBe(0);
  });

  it('judges target KPIs by moving towards the target', () => {
    const rising = monthly(
      '2026-01',
      range(12, (i) => 70 + i),
    );
    expect(
      computeTrend(rising, { direction: 'target', target: { value: 100, date: 0 } }).direction,
    ).toBe('improving');
    expect(
      computeTrend(rising, { direction: 'target', target: { value: 50, date: 0 } }).direction,
    ).toBe('worsening');
  });
});

describe('computeForecast', () => {
  // 1..12 over 2026: the Theil–Sen line is value = month number; June 2027 is month 18.
  const s = monthly(
    '2026-01',
    range(12, (i) => i + 1),
  );
  const trend = computeTrend(s, up);
  const jan2026 = parsePeriodText('2026-01')!.index;
  it('extends the trend line to the target date', () => {
    expect(trend.intercept! + trend.slope! * jan2026).toBe(1);
    const f = computeForecast(
      { direction: 'up', target: { value: 18, date: day('2027-06-30') } },
      trend,
      'month',
      day('2026-12-31'),
    );
    expect(f).toEqual({ day: day('2027-06-30'), value: 18, meets: true });
    expect(
      computeForecast(
        { direction: 'up', target: { value: 18.5, date: day('2027-06-30') } },
        trend,
        'month',
        day('2026-12-31'),
      )!.meets,
    ).toBe(false);
    expect(
      computeForecast(
        { direction: 'down', target: { value: 20, date: day('2027-06-30') } },
        trend,
        'month',
        day('2026-12-31'),
      )!.meets,
    ).toBe(true);
  });

  it('judges target KPIs within the warning band', () => {
    const f = (value: number) =>
      computeForecast(
        { direction: 'target', target: { value, date: day('2027-06-30') } },
        trend,
        'month',
        day('2026-12-31'),
      )!.meets;
    expect(f(18.9)).toBe(true); // |18 − 18.9| = 0.9 ≤ 5 % of 18.9
    expect(f(19)).toBe(false); // 1 > 0.95
  });

  it('is null without a target or when its date has passed; value null without a line', () => {
    expect(computeForecast({ direction: 'up' }, trend, 'month', day('2026-12-31'))).toBeNull();
    expect(
      computeForecast(
        { direction: 'up', target: { value: 5, date: day('2026-06-30') } },
        trend,
        'month',
        day('2026-12-31'),
      ),
    ).toBeNull();
    const flat = computeTrend(monthly('2026-01', [3]), up);
    expect(
      computeForecast(
        { direction: 'up', target: { value: 5, date: day('2027-06-30') } },
        flat,
        'month',
        day('2026-12-31'),
      ),
    ).toEqual({
      day: day('2027-06-30'),
      value: null,
      meets: null,
    });
  });
});

describe('computeFreshness', () => {
  const aug = parsePeriodText('2026-08')!.index;
  it('counts periods that ended before the as-of date', () => {
    // September and October ended before 24 November; November has not ended.
    expect(computeFreshness(aug, 'month', day('2026-11-24'), 2)).toEqual({
      overdue: 2,
      stale: true,
    });
    // On 31 October, October ends that day: it has not ended before it.
    expect(computeFreshness(aug, 'month', day('2026-10-31'), 2)).toEqual({
      overdue: 1,
      stale: false,
    });
    expect(computeFreshness(aug, 'month', day('2026-09-15'), 2)).toEqual({
      overdue: 0,
      stale: false,
    });
  });

  it('is not stale without readings', () => {
    expect(computeFreshness(null, 'week', day('2026-11-24'), 2)).toEqual({
      overdue: null,
      stale: false,
    });
  });
});
