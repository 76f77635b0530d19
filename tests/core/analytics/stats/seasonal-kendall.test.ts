import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../../src/core/analytics/stats/benjamini-hochberg.ts';
import { mannKendall } from '../../../../src/core/analytics/stats/mann-kendall.ts';
import { seasonalKendall } from '../../../../src/core/analytics/stats/seasonal-kendall.ts';
import { expectClose } from './references.ts';

// Three years of a monthly series with a strong season, a small rise and ties within seasons.
// Reference (numpy 2 / scipy 1.17), the formula of Hirsch, Slack & Smith 1982 written out:
//   python3 -c "
//   import numpy as np; from scipy import stats
//   y=np.array([10,14,19,25,30,33,31,27,21,16,12,10, 11,14,20,25,31,34,31,28,22,16,13,10,
//               11,15,19,26,31,35,32,28,21,17,13,11.]); x=np.arange(36)+2024*12; S=V=0; sl=[]
//   for s in range(12):
//     ys=y[s::12]; xs=x[s::12]; n=len(ys)
//     S+=sum(np.sign(ys[j]-ys[i]) for i in range(n) for j in range(i+1,n))
//     _,t=np.unique(ys,return_counts=True); V+=(n*(n-1)*(2*n+5)-np.sum(t*(t-1)*(2*t+5)))/18
//     sl+=[(ys[j]-ys[i])/(xs[j]-xs[i]) for i in range(n) for j in range(i+1,n)]
//   z=(S-np.sign(S))/np.sqrt(V); print(S,V,z,2*stats.norm.sf(abs(z)),np.median(sl))"
//   → S 21, V 33, z 3.4815531191139564, p 0.0004985148935752067, slope 0.041666666666666664
const Y = [
  10, 14, 19, 25, 30, 33, 31, 27, 21, 16, 12, 10, 11, 14, 20, 25, 31, 34, 31, 28, 22, 16, 13, 10,
  11, 15, 19, 26, 31, 35, 32, 28, 21, 17, 13, 11,
];
const X0 = 2024 * 12;
const bySeason = (ys: readonly number[], period: number) =>
  Array.from({ length: period }, (_, s) =>
    ys.flatMap((y, i) => (i % period === s ? [{ x: X0 + i, y }] : [])),
  );

describe('seasonalKendall', () => {
  it('matches the numpy/scipy reference: S, tie-corrected variance, p and slope', () => {
    const r = seasonalKendall(bySeason(Y, 12));
    expect(r.s).toBe(21);
    expectClose(r.varS, 33);
    expectClose(r.z, 3.4815531191139564);
    expectClose(r.p, 0.0004985148935752067, 0, 1e-7);
    expectClose(r.slope, 0.041666666666666664);
  });

  it('does not mistake a season for a trend, where plain Mann–Kendall does', () => {
    // The first 12 months alone rise then fall; a January-to-June half-season rises steadily:
    // Mann–Kendall on Jan–Jun is p < 0.01, the seasonal test sees each month once and says nothing.
    expect(mannKendall(Y.slice(0, 6))!.p!).toBeLessThan(0.01);
    const oneYear = seasonalKendall(bySeason(Y.slice(0, 12), 12));
    expect(oneYear).toEqual({ s: 0, varS: 0, z: null, p: null, slope: null });
  });

  it('equals Mann–Kendall with one season', () => {
    const ys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    const sk = seasonalKendall([ys.map((y, i) => ({ x: i, y }))]);
    const mk = mannKendall(ys)!;
    expect(sk.s).toBe(mk.s);
    expectClose(sk.varS, mk.varS);
    expectClose(sk.p, mk.p!);
  });

  it('is empty-safe: no seasons, single values, all ties', () => {
    expect(seasonalKendall([])).toEqual({ s: 0, varS: 0, z: null, p: null, slope: null });
    expect(seasonalKendall([[{ x: 1, y: 2 }], []]).p).toBeNull();
    const tied = seasonalKendall([
      [
        { x: 0, y: 5 },
        { x: 12, y: 5 },
      ],
    ]);
    expect(tied).toEqual({ s: 0, varS: 0, z: null, p: null, slope: 0 });
  });
});

describe('benjaminiHochberg', () => {
  it('matches scipy.stats.false_discovery_control(ps, method="bh")', () => {
    // python3 -c "from scipy import stats; print(stats.false_discovery_control(
    //   [0.01,0.04,0.03,0.2,0.5,0.001,0.04,0.9], method='bh'))"
    // → [0.04, 0.064, 0.064, 0.26666667, 0.57142857, 0.008, 0.064, 0.9]
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2, 0.5, 0.001, 0.04, 0.9]);
    const expected = [
      0.04, 0.064, 0.064, 0.26666666666666666, 0.5714285714285714, 0.008, 0.064, 0.9,
    ];
    q.forEach((v, i) => expectClose(v, expected[i]!));
  });

  it('leaves nulls out of m and gives them a null q; empty in, empty out', () => {
    // Without the nulls m = 2: q = [2·0.01/1, 0.04] = [0.02, 0.04].
    const q = benjaminiHochberg([null, 0.04, null, 0.01]);
    expect(q[0]).toBeNull();
    expect(q[2]).toBeNull();
    expectClose(q[1], 0.04);
    expectClose(q[3], 0.02);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('agrees with the definition min over j ≥ i of m·p(j)/j, brute force, capped at 1', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const ps = Array.from({ length: 200 }, () => (rand() < 0.2 ? rand() * 0.001 : rand()));
    const sorted = [...ps].sort((a, b) => a - b);
    const m = ps.length;
    const q = benjaminiHochberg(ps);
    ps.forEach((p, i) => {
      const rank = sorted.indexOf(p) + 1;
      let best = 1;
      for (let j = rank; j <= m; j++) best = Math.min(best, (m * sorted[j - 1]!) / j);
      expectClose(q[i], best);
    });
  });
});
