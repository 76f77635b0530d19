import { describe, expect, it } from 'vitest';
import {
  inProgressPeriod,
  lastCompletePeriod,
  latestOf,
  periodSeries,
  roundSignificant,
} from '../../../src/core/analytics/series.ts';
import { parseDay, parsePeriodText } from '../../../src/core/period/period.ts';
import { readings, readingsOn } from '../../helpers/readings.ts';

const day = (s: string) => parseDay(s)!;
const month = (s: string) => parsePeriodText(s)!.index;

describe('periodSeries', () => {
  // Four readings in ISO week 2026-W02 (Mon 5 Jan – Sun 11 Jan) and one in W04.
  const daily = readingsOn([
    ['2026-01-05', 4],
    ['2026-01-07', 10],
    ['2026-01-11', 1],
    ['2026-01-09', 5],
    ['2026-01-20', 7],
  ]);
  const asOf = day('2026-12-31');

  it.each([
    ['last', 1], // the latest-dated reading is Sunday the 11th
    ['sum', 20],
    ['mean', 5],
    ['min', 1],
    ['max', 10],
  ] as const)('combines a week by %s', (aggregate, expected) => {
    const s = periodSeries(daily, 'week', aggregate, asOf);
    expect(s.values[0]).toBe(expected);
  });

  it('keeps gaps as NaN so periods keep their width', () => {
    const s = periodSeries(daily, 'week', 'sum', asOf);
    expect(s.values.length).toBe(3); // W02, W03 (empty), W04
    expect(Number.isNaN(s.values[1]!)).toBe(true);
    expect(s.values[2]).toBe(7);
  });

  it('leaves out the in-progress period and readings after the as-of date', () => {
    // Friday 9 January: W02 (5–11 Jan) is in progress; its value so far is 4 + 10 + 5 (the 11th
    // and 20th are later).
    const s = periodSeries(daily, 'week', 'sum', day('2026-01-09'));
    expect([...s.values]).toEqual([]);
    expect(inProgressPeriod(daily, 'week', 'sum', day('2026-01-09'))).toEqual({
      index: parsePeriodText('2026-W02')!.index,
      value: 19,
    });
    // Sunday 11 January: W02 ends on the as-of date, so it is complete and nothing is in progress.
    expect([...periodSeries(daily, 'week', 'sum', day('2026-01-11')).values]).toEqual([20]);
    expect(inProgressPeriod(daily, 'week', 'sum', day('2026-01-11'))).toBeNull();
    // Tuesday 20 January: W02 complete, W03 empty, W04 in progress with 7.
    const later = periodSeries(daily, 'week', 'sum', day('2026-01-20'));
    expect([...later.values]).toEqual([20]);
    expect(inProgressPeriod(daily, 'week', 'sum', day('2026-01-20'))!.value).toBe(7);
    // Wednesday 14 January: W03 in progress without a reading.
    expect(inProgressPeriod(daily, 'week', 'sum', day('2026-01-14'))).toBeNull();
  });

  it('knows the last complete period of each grain', () => {
    expect(lastCompletePeriod('day', day('2026-01-14'))).toBe(day('2026-01-14'));
    expect(lastCompletePeriod('week', day('2026-01-11'))).toBe(parsePeriodText('2026-W02')!.index);
    expect(lastCompletePeriod('week', day('2026-01-12'))).toBe(parsePeriodText('2026-W02')!.index);
    expect(lastCompletePeriod('month', day('2026-02-28'))).toBe(month('2026-02'));
    expect(lastCompletePeriod('month', day('2026-02-27'))).toBe(month('2026-01'));
    expect(lastCompletePeriod('year', day('2026-12-31'))).toBe(2026);
    expect(lastCompletePeriod('year', day('2026-12-30'))).toBe(2025);
  });

  it('rounds aggregated values to 12 significant digits, so 0.1 + 0.2 ties 0.3', () => {
    // Six months of 0.1 + 0.2 (a sum of two readings) and six of 0.3: all equal after rounding.
    const rows: [string, number][] = [];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      if (m <= 6) rows.push([`2026-${mm}-01`, 0.1], [`2026-${mm}-02`, 0.2]);
      else rows.push([`2026-${mm}-01`, 0.3]);
    }
    const s = periodSeries(readingsOn(rows), 'month', 'sum', asOf);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect([...s.values]).toEqual(Array.from({ length: 12 }, () => 0.3));
    expect(roundSignificant(1234567.891234567)).toBe(1234567.89123);
    expect(roundSignificant(-1e-20 / 3)).toBe(-3.33333333333e-21);
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(-0.1 - 0.2)).toBe(-0.3);
    expect(roundSignificant(1e300 / 3)).toBe(3.33333333333e299);
    expect(roundSignificant(999999999999.5)).toBe(1e12); // 13 digits, the 13th a 5: up
    expect(roundSignificant(Infinity)).toBe(Infinity);
  });

  it('rounds like toPrecision(12) away from decimal ties, on values of every magnitude', () => {
    // Brute-force reference: Number(x.toPrecision(12)), on 100,000 seeded values from 1e-12 to
    // 1e17 with 14 significant digits (never a tie at the 13th digit: the 14th is never 0).
    let seed = 3;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 100_000; i++) {
      const digits = 1e13 + Math.floor(rand() * 9e12);
      const x = Number(
        `${rand() < 0.5 ? '-' : ''}${digits - (digits % 10) + 1 + Math.floor(rand() * 4) * 2}e${Math.floor(rand() * 30) - 25}`,
      );
      if (roundSignificant(x) !== Number(x.toPrecision(12)))
        expect.fail(`${x}: ${roundSignificant(x)} vs ${Number(x.toPrecision(12))}`);
    }
  });

  it('dates a period reading on its last day', () => {
    const r = readings('2026-03', [5]);
    expect(periodSeries(r, 'month', 'last', day('2026-03-30')).values.length).toBe(0);
    expect([...periodSeries(r, 'month', 'last', day('2026-03-31')).values]).toEqual([5]);
  });

  it('skips missing readings and is empty with none', () => {
    const r = readings('2026-01', [NaN, 3, NaN]);
    const s = periodSeries(r, 'month', 'last', asOf);
    expect(s.first).toBe(month('2026-02'));
    expect([...s.values]).toEqual([3]);
    expect(periodSeries(readings('2026-01', []), 'month', 'last', asOf).values.length).toBe(0);
    expect(latestOf(periodSeries(readings('2026-01', []), 'month', 'last', asOf))).toBeNull();
  });

  it('re-aggregates a monthly KPI to quarters by its own aggregate', () => {
    const r = readings('2025-10', [1, 2, 3, 4, 5, 6]);
    const sum = periodSeries(r, 'quarter', 'sum', asOf);
    expect([...sum.values]).toEqual([6, 15]);
    expect(latestOf(sum)).toEqual({ index: parsePeriodText('2026-Q1')!.index, value: 15 });
  });

  it('puts 2021-01-03 in ISO week 2020-W53', () => {
    const r = readingsOn([
      ['2020-12-28', 1],
      ['2021-01-03', 2],
      ['2021-01-04', 3],
    ]);
    const s = periodSeries(r, 'week', 'sum', asOf);
    expect(s.first).toBe(parsePeriodText('2020-W53')!.index);
    expect([...s.values]).toEqual([3, 3]);
  });
});
