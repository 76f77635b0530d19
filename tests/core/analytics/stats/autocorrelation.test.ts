import { describe, expect, it } from 'vitest';
import {
  lag1Autocorrelation,
  mannKendallInflation,
  seasonalKendallInflation,
} from '../../../../src/core/analytics/stats/autocorrelation.ts';
import { expectClose } from './references.ts';

describe('lag1Autocorrelation', () => {
  it('estimates ρ with the (1 + 3ρ)/n bias correction, by hand', () => {
    // e = [−1.5, −0.5, 0.5, 1.5]: mean 0, Σe² = 5, Σ e[t]e[t−1] = 0.75 − 0.25 + 0.75 = 1.25 over
    // 3 pairs → (1.25/3)·4/5 = 1/3; corrected 1/3 + (1 + 1)/4 = 5/6.
    expectClose(lag1Autocorrelation([0, 1, 2, 3], [-1.5, -0.5, 0.5, 1.5]), 5 / 6);
  });

  it('never goes below 0 or above 0.9, and needs 3 consecutive pairs', () => {
    expect(lag1Autocorrelation([0, 1, 2, 3, 4, 5], [1, -1, 1, -1, 1, -1])).toBe(0);
    expect(lag1Autocorrelation([0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6])).toBe(0.9);
    // Gaps: only (0,1) and (3,4) are consecutive.
    expect(lag1Autocorrelation([0, 1, 3, 4], [-1.5, -0.5, 0.5, 1.5])).toBe(0);
    expect(lag1Autocorrelation([0, 1, 2, 3], [0, 0, 0, 0])).toBe(0);
    expect(lag1Autocorrelation([], [])).toBe(0);
  });
});

describe('variance factors', () => {
  it('widen the Mann–Kendall variance per Hamed & Rao under AR(1), by hand', () => {
    // n = 4, ρ = 0.5: k = 1 gives 3·2·1·0.5 = 3, k ≥ 2 gives 0 → 1 + 2·3/(4·3·2) = 1.25.
    expectClose(mannKendallInflation(4, 0.5), 1.25);
    expect(mannKendallInflation(12, 0)).toBe(1);
    expect(mannKendallInflation(12, 0.5)).toBeGreaterThan(mannKendallInflation(12, 0.2));
  });

  it('widen the seasonal Kendall variance by the sign covariance of nearby seasons, by hand', () => {
    // P = 2, ρ = 0.5: 1 + 2·(1 − 1/2)·(2/π)·arcsin(0.5) = 1 + (2/π)(π/6) = 4/3.
    expectClose(seasonalKendallInflation(2, 0.5), 4 / 3);
    expect(seasonalKendallInflation(12, 0)).toBe(1);
  });
});
