import { describe, expect, it } from 'vitest';
import { linkSeries } from '../../../src/core/analytics/link-series.ts';
import { periodSeries } from '../../../src/core/analytics/series.ts';
import { parseDay, parsePeriodText } from '../../../src/core/period/period.ts';
import { readings, readingsOn } from '../../helpers/readings.ts';

const asOf = parseDay('2030-01-01')!;
const values = (s: { values: Float64Array }) =>
  [...s.values].map((v) => (Number.isNaN(v) ? null : v));

describe('linkSeries', () => {
  it('turns a weekly sum into a per-day rate per month, whatever the month’s weeks', () => {
    // Weekly readings dated on Mondays, 70 a week (10 a day). January 2024 holds the Mondays
    // 1, 8, 15, 22, 29 (5 weeks: sum 350); February 5, 12, 19, 26 (4 weeks: sum 280).
    const weekly = readingsOn(
      ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29']
        .map((d) => [d, 70] as const)
        .concat(
          ['2024-02-05', '2024-02-12', '2024-02-19', '2024-02-26'].map((d) => [d, 70] as const),
        ),
    );
    const sums = periodSeries(weekly, 'month', 'sum', asOf);
    expect(values(sums)).toEqual([350, 280]);
    const rate = linkSeries(weekly, { cadence: 'weekly', aggregate: 'sum' }, 'month', asOf);
    // 350 / (7 × 5) = 10; 280 / (7 × 4) = 10.
    expect(rate.first).toBe(sums.first);
    expect(values(rate)).toEqual([10, 10]);
  });

  it('leaves out the month in progress, its weeks too', () => {
    // As of Wednesday 14 February 2024, February is in progress: only January's 5 weeks count.
    const weekly = readingsOn(
      ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29', '2024-02-05'].map(
        (d) => [d, 70] as const,
      ),
    );
    const rate = linkSeries(
      weekly,
      { cadence: 'weekly', aggregate: 'sum' },
      'month',
      parseDay('2024-02-14')!,
    );
    expect(rate.first).toBe(parsePeriodText('2024-01')!.index);
    expect(values(rate)).toEqual([10]);
  });

  it('counts only the weeks that have a reading', () => {
    // Three weeks of January read, 70 each: 210 / 21 days.
    const weekly = readingsOn([
      ['2024-01-01', 70],
      ['2024-01-15', 70],
      ['2024-01-29', 70],
    ]);
    expect(
      values(linkSeries(weekly, { cadence: 'weekly', aggregate: 'sum' }, 'month', asOf)),
    ).toEqual([10]);
  });

  it('divides a monthly sum at a quarter by the days of its months', () => {
    // Q1 2024: January 31 days, February 29 (leap year), March 31 → 91 days; sum 31 + 29 + 31 = 91.
    const monthly = readings('2024-01', [31, 29, 31]);
    expect(
      values(linkSeries(monthly, { cadence: 'monthly', aggregate: 'sum' }, 'quarter', asOf)),
    ).toEqual([1]);
  });

  it('leaves a sum at its own grain, and other aggregates, as periodSeries gives them', () => {
    const weekly = readings('2024-W01', [5, 7, 9]);
    const own = linkSeries(weekly, { cadence: 'weekly', aggregate: 'sum' }, 'week', asOf);
    expect(own).toEqual(periodSeries(weekly, 'week', 'sum', asOf));
    const mean = linkSeries(weekly, { cadence: 'weekly', aggregate: 'mean' }, 'month', asOf);
    expect(mean).toEqual(periodSeries(weekly, 'month', 'mean', asOf));
  });

  it('ignores readings after the as-of date and missing values; empty stays empty', () => {
    // Weeks dated on their Sundays: W01 (7 Jan) 70, W02 (14 Jan) empty, W03 (21 Jan) 70, W05
    // (4 Feb) 70. Cut at 31 January: two weeks read in January, 140 / 14 days.
    const weekly = readings('2024-W01', [70, Number.NaN, 70, null, 70]);
    const cut = parseDay('2024-01-31')!;
    const s = linkSeries(weekly, { cadence: 'weekly', aggregate: 'sum' }, 'month', cut);
    expect(s.first).toBe(parsePeriodText('2024-01')!.index);
    expect(values(s)).toEqual([10]);
    const none = linkSeries(readingsOn([]), { cadence: 'weekly', aggregate: 'sum' }, 'month', asOf);
    expect(none.values.length).toBe(0);
  });
});
