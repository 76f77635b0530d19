import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ols } from '../../../../src/core/analytics/stats/ols.ts';
import { expectClose, naiveOls } from './references.ts';

describe('ols', () => {
  it('fits x 1 2 3 4, y 1 3 2 4: slope 4/5, intercept 1/2', () => {
    // x̄ = ȳ = 5/2; Sxy = 4, Sxx = 5 → slope 4/5; intercept 5/2 − (4/5)(5/2) = 1/2
    const got = ols([1, 2, 3, 4], [1, 3, 2, 4])!;
    expectClose(got.slope, 0.8);
    expectClose(got.intercept, 0.5);
    expect(got.n).toBe(4);
  });

  it("fits Anscombe's set I: y = 3.0001 + 0.5001x (published), exactly 363011/121000 + 60511/121000·x", () => {
    // In hundredths of y: n·Sxy = 60511, n·Sxx = 1210 → slope = 60511/1210/100 = 60511/121000
    // intercept = ȳ − slope·x̄ = 8251/1100 − 9·60511/121000 = (907610 − 544599)/121000
    const got = ols(
      [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5],
      [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68],
    )!;
    expectClose(got.slope, 60511 / 121000);
    expectClose(got.intercept, 363011 / 121000);
    expect(got.slope).toBeCloseTo(0.5001, 4);
    expect(got.intercept).toBeCloseTo(3.0001, 4);
  });

  it('fits two points exactly', () => {
    // (−1, 5) (3, −3): slope −8/4 = −2; intercept = ȳ − slope·x̄ = 1 + 2·1 = 3
    expect(ols([-1, 3], [5, -3])).toEqual({ slope: -2, intercept: 3, n: 2 });
  });

  it('is null below two points or when every x is equal', () => {
    expect(ols([], [])).toBeNull();
    expect(ols([1], [1])).toBeNull();
    expect(ols([2, 2, 2], [1, 2, 3])).toBeNull();
    expect(ols([0.1, 0.1, 0.1], [1, 2, 3])).toBeNull();
  });

  it('gives slope 0 when every y is equal', () => {
    expect(ols([1, 2, 4], [7, 7, 7])).toEqual({ slope: 0, intercept: 7, n: 3 });
  });

  it('keeps precision with a 1e12 offset and at 1e-12 scale', () => {
    const xs = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3, 5, 8];
    const ys = [2, 7, 1, 8, 2, 8, -1, 8, 2, 8, 4, 5];
    const ref = naiveOls(xs, ys);
    const shifted = ols(
      xs.map((x) => 1e12 + x),
      ys,
    )!;
    expectClose(shifted.slope, ref.slope);
    // intercept at x = 1e12 shifts by −slope·1e12
    expectClose(shifted.intercept, ref.intercept - ref.slope * 1e12);
    const tiny = ols(
      xs.map((x) => 1e-12 * x),
      ys.map((y) => 1e-12 * y),
    )!;
    expectClose(tiny.slope, ref.slope);
    expectClose(tiny.intercept, 1e-12 * ref.intercept);
  });

  it('matches the normal equations at n = 12 with negative values', () => {
    const xs = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3, 5, 8];
    const ys = [2, 7, 1, 8, 2, 8, -1, 8, 2, 8, 4, 5];
    const ref = naiveOls(xs, ys);
    const got = ols(xs, ys)!;
    expectClose(got.slope, ref.slope);
    expectClose(got.intercept, ref.intercept);
    expect(got.n).toBe(12);
  });

  it('neither overflows nor underflows at 1e±200', () => {
    // x 1 2 3, y 1 3 2: x̄ = ȳ = 2, Sxy = 1, Sxx = 2 → slope 1/2, intercept 1
    const big = ols([1e200, 2e200, 3e200], [1e200, 3e200, 2e200])!;
    expectClose(big.slope, 0.5);
    expectClose(big.intercept, 1e200);
    const steep = ols([1e-200, 2e-200, 3e-200], [1, 3, 2])!;
    expectClose(steep.slope, 0.5e200);
    expectClose(steep.intercept, 1);
  });

  it('is null, not Infinity, when the slope is beyond the range of a double', () => {
    expect(ols([1e-200, 2e-200, 3e-200], [1e200, 3e200, 2e200])).toBeNull();
  });

  it('throws on a length mismatch (a caller bug)', () => {
    expect(() => ols([1, 2], [1])).toThrow(RangeError);
  });

  describe('properties', () => {
    it('recovers a perfect line', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.integer({ min: -1000, max: 1000 }),
          (xs, a, b) => {
            const got = ols(
              xs,
              xs.map((x) => a + b * x),
            )!;
            expectClose(got.slope, b, 1);
            expectClose(got.intercept, a, Math.abs(b) * 1000 + 1);
            expect(got.n).toBe(xs.length);
          },
        ),
      );
    });

    it('matches the normal equations on integer data', () => {
      const data = fc
        .array(
          fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })),
          { minLength: 2, maxLength: 30 },
        )
        .filter((ps) => new Set(ps.map((p) => p[0])).size > 1);
      fc.assert(
        fc.property(data, (ps) => {
          const xs = ps.map((p) => p[0]);
          const ys = ps.map((p) => p[1]);
          const ref = naiveOls(xs, ys);
          const got = ols(xs, ys)!;
          // scale: the largest |y| the line is built from bounds its natural size
          expectClose(got.slope, ref.slope, 2000);
          expectClose(got.intercept, ref.intercept, 1000 + Math.abs(ref.slope) * 1000);
        }),
      );
    });
  });
});
