import { describe, expect, it } from 'vitest';
import {
  commonGrain,
  differences,
  laggedPairs,
  leadLagEvidence,
} from '../../../src/core/analytics/lead-lag.ts';
import { elasticity } from '../../../src/core/analytics/elasticity.ts';
import { periodSeries, type PeriodSeries } from '../../../src/core/analytics/series.ts';
import { pearson } from '../../../src/core/analytics/stats/pearson.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { readings } from '../../helpers/readings.ts';

const asOf = parseDay('2030-01-01')!;
const monthly = (values: (number | null)[], start = '2024-01') =>
  periodSeries(readings(start, values), 'month', 'sum', asOf);

/** A fixed pseudo-random sequence (LCG), so tests are reproducible. */
function noise(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648) * 20 - 10;
  });
}

/** Cumulative sums: a level series whose first differences are `diffs`. */
function levels(diffs: number[], start = 100): number[] {
  const out = [start];
  for (const d of diffs) out.push(out[out.length - 1]! + d);
  return out;
}

describe('lead/lag evidence', () => {
  it('compares at the coarser cadence', () => {
    expect(commonGrain('weekly', 'monthly')).toBe('month');
    expect(commonGrain('quarterly', 'daily')).toBe('quarter');
  });

  it('takes first differences, missing next to a gap', () => {
    const d = differences(monthly([1, 4, null, 10, 15]));
    expect([...d.values].map((x) => (Number.isNaN(x) ? null : x))).toEqual([
      null,
      3,
      null,
      null,
      5,
    ]);
  });

  it('detects the lag at which lagging differences copy leading ones', () => {
    // 24 months; the lagging KPI's change at t equals the leading KPI's change at t − 2.
    const lead = noise(23, 7);
    const lagDiffs = [0, 0, ...lead.slice(0, 21)];
    const e = leadLagEvidence(monthly(levels(lead)), monthly(levels(lagDiffs)), undefined, 1);
    expect(e.lag).toBe(2);
    // Differences exist for months 1..23; at lag 2 the pairs are t = 3..23: 21 pairs.
    expect(e.n).toBe(21);
    expect(e.r).toBeCloseTo(1, 12);
    expect(e.validated).toBe(true);
    expect(e.decorrelated).toBe(false);
  });

  it('uses a declared lag as given', () => {
    const lead = noise(23, 7);
    const lagDiffs = [0, 0, ...lead.slice(0, 21)];
    const e = leadLagEvidence(monthly(levels(lead)), monthly(levels(lagDiffs)), 0, 1);
    expect(e.lag).toBe(0);
    const x = differences(monthly(levels(lead)));
    const y = differences(monthly(levels(lagDiffs)));
    const pairs = laggedPairs(x, y, 0);
    expect(e.r).toBe(pearson(pairs.xs, pairs.ys)!.r);
    expect(e.n).toBe(23); // both have differences for months 1..23: at lag 0, 23 pairs
  });

  it('validates an inverse link only with a negative r', () => {
    const lead = noise(23, 11);
    const lagDiffs = [0, ...lead.slice(0, 22).map((d) => -d)];
    const inverse = leadLagEvidence(
      monthly(levels(lead)),
      monthly(levels(lagDiffs)),
      undefined,
      -1,
    );
    expect(inverse.lag).toBe(1);
    expect(inverse.r).toBeCloseTo(-1, 12);
    expect(inverse.validated).toBe(true);
    const direct = leadLagEvidence(monthly(levels(lead)), monthly(levels(lagDiffs)), 1, 1);
    expect(direct.validated).toBe(false);
  });

  it('says not enough data below 8 pairs, never a number', () => {
    // 8 months give 7 differences: at most 7 pairs.
    const e = leadLagEvidence(
      monthly([1, 3, 2, 5, 4, 6, 8, 7]),
      monthly([2, 3, 5, 4, 6, 5, 9, 8]),
      0,
      1,
    );
    expect(e).toMatchObject({ r: null, p: null, n: 7, validated: false, decorrelated: false });
  });

  it('flags a link whose last 12 periods are weaker than the earlier ones', () => {
    // 48 months: for 36 the lagging change copies the leading one; then it is unrelated noise.
    const lead = noise(47, 3);
    const lagDiffs = [...lead.slice(0, 35), ...noise(12, 99)];
    const e = leadLagEvidence(monthly(levels(lead)), monthly(levels(lagDiffs)), 0, 1);
    expect(e.seasonal).toBe(true);
    expect(e.validated).toBe(true);
    expect(e.recent!.n).toBe(12);
    expect(e.earlier!.n).toBe(35);
    expect(e.pWeaker).toBeLessThan(0.05);
    expect(e.decorrelated).toBe(true);
  });

  it('does not flag a link that is as strong lately as before', () => {
    const lead = noise(47, 3);
    const lagDiffs = lead.map((d, i) => d + noise(47, 5)[i]! * 0.5);
    const e = leadLagEvidence(monthly(levels(lead)), monthly(levels(lagDiffs)), 0, 1);
    expect(e.validated).toBe(true);
    expect(e.pWeaker).toBeGreaterThan(0.05);
    expect(e.decorrelated).toBe(false);
  });
});

describe('elasticity', () => {
  it('recovers the ratio of relative changes', () => {
    // The parent moves half as much, in %, as the child: slope 0.5.
    const child = levels(
      noise(15, 5).map((d) => d / 2),
      100,
    );
    const parent = [1000];
    for (let t = 1; t < child.length; t++)
      parent.push(parent[t - 1]! * (1 + 0.5 * ((child[t]! - child[t - 1]!) / child[t - 1]!)));
    const e = elasticity(monthly(child), monthly(parent), 0);
    expect(e.n).toBe(15);
    expect(e.estimate!.value).toBeCloseTo(0.5, 10);
  });

  it('is null with fewer than 8 pairs', () => {
    expect(elasticity(monthly([1, 2, 3]), monthly([2, 4, 6]), 0)).toEqual({
      estimate: null,
      n: 2,
      why: 'not-enough-data',
    });
  });

  it('skips relative changes from zero', () => {
    const s: PeriodSeries = monthly([0, 5, 10]);
    expect(elasticity(s, s, 0).n).toBe(1);
  });
});
