import { describe, expect, it } from 'vitest';
import { computeForecast, meetsTarget } from '../../../src/core/analytics/forecast.ts';
import { computeFreshness } from '../../../src/core/analytics/freshness.ts';
import { periodSeries } from '../../../src/core/analytics/series.ts';
import { computeTrend, judgeTrend } from '../../../src/core/analytics/trend.ts';
import { parseDay, parsePeriodText, periodEnd } from '../../../src/core/period/period.ts';
import { readings } from '../../helpers/readings.ts';
import { expectClose, naiveTheilSen } from './stats/references.ts';

const day = (s: string) => parseDay(s)!;
const asOf = day('2030-01-01');
const series = (start: string, values: (number | null)[], at = asOf) =>
  periodSeries(readings(start, values), parsePeriodText(start)!.grain, 'last', at);
const monthly = (start: string, values: (number | null)[]) => series(start, values);
const up = { direction: 'up' as const };
const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('computeTrend', () => {
  it('finds a rise; the direction waits for the q of the organisation', () => {
    // 1..12: every pair rises, S = 66, Var(S) = 12·11·29/18, z = 65/√212.67 ≈ 4.46, p ≈ 8e-6.
    const s = monthly(
      '2026-01',
      range(12, (i) => i + 1),
    );
    const t = computeTrend(s, up);
    expect(t.slope).toBe(1);
    expect(t.n).toBe(12);
    expect(t.seasonal).toBe(false);
    expect(t.p).toBeLessThan(1e-4);
    expect(t.q).toBeNull();
    expect(t.direction).toBe('flat');
    expect(t.leaning).toBe('improving');
    expect(judgeTrend(t, 0.01).direction).toBe('improving');
    expect(judgeTrend(computeTrend(s, { direction: 'down' }), 0.01).direction).toBe('worsening');
  });

  it('is significant only with q < 0.1', () => {
    const t = computeTrend(
      monthly(
        '2026-01',
        range(12, (i) => i + 1),
      ),
      up,
    );
    expect(judgeTrend(t, 0.0999)).toMatchObject({ q: 0.0999, direction: 'improving' });
    expect(judgeTrend(t, 0.1)).toMatchObject({ q: 0.1, direction: 'flat' });
    expect(judgeTrend(t, null)).toMatchObject({ q: null, direction: 'flat' });
  });

  it('uses calendar indexes, so gaps keep their width', () => {
    // y = 2 × (months since Jan) with March and April missing: the slope is still 2 per month.
    const s = monthly('2026-01', [0, 2, null, null, 8, 10, 12, 14]);
    expect(computeTrend(s, up).slope).toBe(2);
  });

  it('looks only at the 12 most recent periods with a value below two years', () => {
    // Falls for 8 months, then rises for 12 (20 months: no seasonal test): only the rise counts.
    const s = monthly('2025-01', [...range(8, (i) => 100 - i * 5), ...range(12, (i) => 10 + i)]);
    const t = computeTrend(s, up);
    expect(t.slope).toBe(1);
    expect(t.seasonal).toBe(false);
    expect(t.leaning).toBe('improving');
  });

  it('is flat when not significant, and never NaN on equal values or one reading', () => {
    const zigzag = computeTrend(monthly('2026-01', [5, 7, 5, 7, 5, 7]), up);
    expect(judgeTrend(zigzag, zigzag.p).direction).toBe('flat');
    const equal = computeTrend(
      monthly(
        '2026-01',
        range(12, () => 4),
      ),
      up,
    );
    expect(equal).toEqual({
      slope: 0,
      p: null,
      q: null,
      seasonal: false,
      direction: 'flat',
      leaning: 'flat',
      n: 12,
    });
    const one = computeTrend(monthly('2026-01', [4]), up);
    expect(one).toMatchObject({ slope: null, p: null, leaning: 'flat', n: 1 });
    expect(computeTrend(monthly('2026-01', []), up).n).toBe(0);
  });

  it('judges target KPIs by moving towards the target, through it too', () => {
    const target = (value: number) => ({
      direction: 'target' as const,
      target: { value, date: 0 },
    });
    const rising = monthly(
      '2026-01',
      range(12, (i) => 70 + i),
    );
    expect(computeTrend(rising, target(100)).leaning).toBe('improving');
    expect(computeTrend(rising, target(50)).leaning).toBe('worsening');
    // 90 → 101 against 100: 10 away at the start, 1 away at the end: improving, though the
    // latest value is above the target (the old rule called it worsening).
    const through = monthly(
      '2026-01',
      range(12, (i) => 90 + i),
    );
    expect(computeTrend(through, target(100)).leaning).toBe('improving');
    // 95 → 106: 5 away, then 6 away: worsening.
    const past = monthly(
      '2026-01',
      range(12, (i) => 95 + i),
    );
    expect(computeTrend(past, target(100)).leaning).toBe('worsening');
    expect(computeTrend(rising, { direction: 'target' }).leaning).toBe('flat');
  });
});

describe('computeTrend, seasonal', () => {
  // The series of the seasonal Kendall reference (tests/core/analytics/stats/seasonal-kendall.test.ts):
  // three years of a strong season and a small rise, p = 0.000498, slope 1/24 per month.
  const Y = [
    10, 14, 19, 25, 30, 33, 31, 27, 21, 16, 12, 10, 11, 14, 20, 25, 31, 34, 31, 28, 22, 16, 13, 10,
    11, 15, 19, 26, 31, 35, 32, 28, 21, 17, 13, 11,
  ];

  it('uses the seasonal test from two years of a monthly series: the last 12 months and the same months of 2 years before', () => {
    const t = computeTrend(monthly('2024-01', Y), up);
    expect(t.seasonal).toBe(true);
    expect(t.n).toBe(36);
    expectClose(t.p, 0.0004985148935752067, 0, 1e-7);
    expectClose(t.slope, 1 / 24);
    // A fourth, older year is left out: the same result.
    const longer = computeTrend(monthly('2023-01', [...range(12, () => 99), ...Y]), up);
    expect(longer).toEqual(t);
  });

  it('keeps the 12-period test below two years, where a season passes for a trend', () => {
    const t = computeTrend(monthly('2024-01', Y.slice(0, 23)), up);
    expect(t.seasonal).toBe(false);
    expect(t.n).toBe(12);
    expect(computeTrend(monthly('2024-01', Y.slice(0, 24)), up).seasonal).toBe(true);
  });

  it('compares ISO weeks for weekly KPIs and quarters for quarterly ones', () => {
    // Two ISO years (2024 and 2025 both have 52 weeks), each week one higher than a year before.
    // The last 12 weeks (W41–W52 2025) with the same weeks of 2024: 12 seasons of 2 values,
    // S = 12, Var = 12 · 1, z = 11/√12, p = 0.0014962 (python3 -c "from scipy import stats;
    // import math; print(2*stats.norm.sf(11/math.sqrt(12)))"); slope 1 per 52 weeks.
    const weeks = range(
      104,
      (i) => Math.sin(((i % 52) / 52) * 2 * Math.PI) * 10 + (i >= 52 ? 1 : 0),
    );
    const w = computeTrend(series('2024-W01', weeks), up);
    expect(w.seasonal).toBe(true);
    expect(w.n).toBe(24);
    expectClose(w.slope, 1 / 52);
    expectClose(w.p, 0.0014961642897455493, 0, 1e-7);
    // Eight quarters: 4 seasons of 2 values, all rising: S = 4, Var = 4, z = 3/2, p = 0.1336.
    const q = computeTrend(series('2024-Q1', [5, 9, 7, 1, 6, 10, 8, 2]), up);
    expect(q.seasonal).toBe(true);
    expectClose(q.p, 0.13361440253771617, 0, 1e-7); // python3 -c "from scipy import stats; print(2*stats.norm.sf(1.5))"
  });

  it('never uses it for daily or yearly KPIs', () => {
    const d = computeTrend(
      series(
        '2024-01-01',
        range(800, (i) => i % 7),
      ),
      up,
    );
    expect(d.seasonal).toBe(false);
    expect(d.n).toBe(12);
    expect(
      computeTrend(
        series(
          '2000',
          range(30, (i) => i),
        ),
        up,
      ).seasonal,
    ).toBe(false);
  });
});

/** An independent replay of the forecast rule (naive Theil–Sen, every origin), for the tests. */
function replayForecast(ys: readonly number[], h: number) {
  const fit = (j: number) => {
    const from = Math.max(0, j - 11);
    const xs = range(j - from + 1, (i) => from + i);
    return naiveTheilSen(xs, ys.slice(from, j + 1));
  };
  const line = fit(ys.length - 1);
  const value = line.intercept + line.slope * (ys.length - 1 + h);
  const errors: number[] = [];
  for (let j = 7; j + h < ys.length; j++) {
    const l = fit(j);
    errors.push(ys[j + h]! - (l.intercept + l.slope * (j + h)));
  }
  return { value, errors: errors.sort((a, b) => a - b) };
}

describe('computeForecast', () => {
  const target = (value: number, date: string, direction: 'up' | 'down' | 'target' = 'up') => ({
    direction,
    target: { value, date: day(date) },
  });

  it('counts backtests that would still meet the target: (k + 1)/(n + 2), a band of width 0 on a line', () => {
    // y = 1..20 from Jan 2025 to Aug 2026; December 2026 is 4 months on: value 24. Backtests from
    // the 8th month (8 values behind) whose month + 4 has a value: months 8..16, n = 9, all exact.
    const s = monthly(
      '2025-01',
      range(20, (i) => i + 1),
    );
    const f = computeForecast(target(24, '2026-12-31'), s, day('2026-09-01'))!;
    expect(f).toEqual({
      day: day('2026-12-31'),
      value: 24,
      low: 24,
      high: 24,
      probability: 10 / 11,
      n: 9,
    });
    expect(computeForecast(target(24.5, '2026-12-31'), s, day('2026-09-01'))!.probability).toBe(
      1 / 11,
    );
    expect(
      computeForecast(target(30, '2026-12-31', 'down'), s, day('2026-09-01'))!.probability,
    ).toBe(10 / 11);
  });

  it('matches an independent replay on a noisy series: band and probability', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647 - 0.5;
    const ys = range(40, (i) => 100 + i * 0.5 + rand() * 8);
    const s = monthly('2023-01', ys); // Jan 2023 … Apr 2026
    const h = 6; // October 2026
    const { value, errors } = replayForecast(ys, h);
    const n = errors.length; // 40 − 7 − 6 = 27 origins
    expect(n).toBe(27);
    const f = computeForecast(target(120, '2026-10-31'), s, day('2026-05-01'))!;
    expect(f.n).toBe(n);
    expectClose(f.value, value);
    // ⌊(27 + 1)/10⌋ = 2: the 2nd smallest and the 2nd largest error.
    expectClose(f.low, value + errors[1]!);
    expectClose(f.high, value + errors[n - 2]!);
    const k = errors.filter((e) => value + e >= 120).length;
    expectClose(f.probability, (k + 1) / (n + 2));
    expect(f.probability).toBeGreaterThan(0);
    expect(f.probability).toBeLessThan(1);
  });

  it('matches the independent replay on 300 random series with ties, lengths and horizons', () => {
    let seed = 99;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 300; trial++) {
      const n = 8 + Math.floor(rand() * 40);
      const h = Math.floor(rand() * 8);
      // Coarse values (one decimal, often whole) so slopes and offsets tie.
      const ys = range(
        n,
        (i) => Math.round(rand() * 20 + i * (rand() - 0.3) * 3) / (rand() < 0.5 ? 1 : 10),
      );
      const s = monthly('2020-01', ys);
      const last = parsePeriodText('2020-01')!.index + n - 1;
      const targetDay = periodEnd({ grain: 'month', index: last + h });
      const f = computeForecast(
        { direction: 'up', target: { value: 10.0123, date: targetDay } },
        s,
        targetDay,
      )!;
      const { value, errors } = replayForecast(ys, h);
      const m = errors.length;
      expect(f.n).toBe(m);
      expectClose(f.value, value, 1);
      const tail = Math.floor((m + 1) / 10);
      if (tail === 0) expect(f.low).toBeNull();
      else {
        expectClose(f.low, value + errors[tail - 1]!, 1);
        expectClose(f.high, value + errors[m - tail]!, 1);
      }
      // 10.0123: off the coarse grid, so no error lands on the target within float noise.
      const k = errors.filter((e) => value + e >= 10.0123).length;
      expectClose(f.probability, (k + 1) / (m + 2));
    }
  });

  it('gives no band below 9 backtests, and 1/2 with none', () => {
    // 12 months, target 6 months on: origins 8..6 — none has a value 6 months later.
    const s = monthly(
      '2025-01',
      range(12, (i) => i),
    );
    const f = computeForecast(target(5, '2026-06-30'), s, day('2026-01-01'))!;
    expect(f).toMatchObject({ low: null, high: null, probability: 0.5, n: 0 });
    expect(f.value).toBe(17);
    // 16 months, 2 on: origins 8..14 → 7 backtests, still no band.
    const g = computeForecast(
      target(5, '2026-06-30'),
      monthly(
        '2025-01',
        range(16, (i) => i),
      ),
      day('2026-05-01'),
    )!;
    expect(g).toMatchObject({ low: null, high: null, n: 7, probability: 8 / 9 });
  });

  it('needs 8 complete periods, a target, and a date not past', () => {
    const seven = monthly(
      '2026-01',
      range(7, (i) => i),
    );
    expect(computeForecast(target(5, '2027-06-30'), seven, day('2026-08-01'))).toBeNull();
    const eight = monthly(
      '2026-01',
      range(8, (i) => i),
    );
    expect(computeForecast(target(5, '2027-06-30'), eight, day('2026-09-01'))).not.toBeNull();
    expect(computeForecast({ direction: 'up' }, eight, day('2026-09-01'))).toBeNull();
    expect(computeForecast(target(5, '2026-06-30'), eight, day('2026-09-01'))).toBeNull();
    // Only complete periods count: on 15 August, August is in progress and left out.
    const partial = series(
      '2026-01',
      range(8, (i) => i),
      day('2026-08-15'),
    );
    expect(computeForecast(target(5, '2027-06-30'), partial, day('2026-08-15'))).toBeNull();
  });
});

describe('meetsTarget', () => {
  it('reaches for up, stays at or below for down, lands within the warning band for target', () => {
    expect(meetsTarget({ direction: 'up' }, 18, 18)).toBe(true);
    expect(meetsTarget({ direction: 'up' }, 18.5, 18)).toBe(false);
    expect(meetsTarget({ direction: 'down' }, 20, 18)).toBe(true);
    expect(meetsTarget({ direction: 'target' }, 18.9, 18)).toBe(true); // 0.9 ≤ 5 % of 18.9
    expect(meetsTarget({ direction: 'target' }, 19, 18)).toBe(false); // 1 > 0.95
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
