import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../../../src/core/analytics/stats/mann-kendall.ts';
import { pearson } from '../../../../src/core/analytics/stats/pearson.ts';
import { theilSen } from '../../../../src/core/analytics/stats/theil-sen.ts';

// Reference values from scipy 1.17:
//   python3 -c "from scipy import stats; x=list(range(1,11)); y=[2.1,2.9,3.2,4.8,5.1,5.0,6.7,7.1,8.4,8.0];
//               print(stats.pearsonr(x,y), stats.theilslopes(y,x))"
const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const ys = [2.1, 2.9, 3.2, 4.8, 5.1, 5.0, 6.7, 7.1, 8.4, 8.0];

describe('statistics against scipy', () => {
  it('computes Pearson r and its two-sided p like scipy.stats.pearsonr', () => {
    const result = pearson(xs, ys)!;
    expect(result.r).toBeCloseTo(0.9810280695445895, 12);
    expect(result.p).toBeCloseTo(5.53990524701226e-7, 12);
    expect(result.n).toBe(10);
  });

  it('gives p = 0 for a perfect correlation and null without variance', () => {
    expect(pearson([1, 3, 2, 5, 4], [10, 8, 9, 6, 7])).toEqual({ r: -1, n: 5, p: 0 });
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
  });

  it('computes the Theil–Sen slope like scipy.stats.theilslopes', () => {
    expect(theilSen(xs, ys)!.slope).toBeCloseTo(0.72, 12);
  });

  it('applies the tie and continuity corrections in Mann–Kendall', () => {
    // y = [3,1,4,1,5,9,2,6,5,3,5,8]: S = 25, variance (ties 1×2, 3×2, 5×3) = 207,
    // z = (25 - 1) / sqrt(207), p = 2 (1 - Φ(|z|)) = 0.0952928 (scipy.stats.norm.cdf).
    const result = mannKendall([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8])!;
    expect(result.s).toBe(25);
    expect(result.p).toBeCloseTo(0.09529283802345656, 10);
  });
});
