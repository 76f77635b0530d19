import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { theilSen } from '../../../../src/core/analytics/stats/theil-sen.ts';
import { expectClose, naivePairwiseSlopes, naiveTheilSen } from './references.ts';

/** Largest |pairwise slope|: the scale against which a near-zero median slope is compared. */
function slopeScale(xs: readonly number[], ys: readonly number[]): number {
  return Math.max(0, ...naivePairwiseSlopes(xs, ys).map(Math.abs));
}

/** n distinct integer x values (any order) with integer y values. */
const distinctPoints = (minLength = 2, maxLength = 12) =>
  fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength, maxLength }).chain((xs) =>
    fc.tuple(
      fc.constant(xs),
      fc.array(fc.integer({ min: -1000, max: 1000 }), {
        minLength: xs.length,
        maxLength: xs.length,
      }),
    ),
  );

describe('theilSen', () => {
  it('reproduces Sen (1968) example: slope 4, intercept 6 (joint convention)', () => {
    // Sen (1968), also scipy's test_theilslopes (method='joint': slope 4, intercept 6.0).
    // The 21 pairwise slopes, sorted:
    //   1, 5/2, 11/3, 26/7, 15/4, 23/6, 59/15, 63/16, 4, 4, 4, 4, 69/17, 33/8, 29/7, 25/6, 46/11,
    //   35/8, 5, 5, 6  → the 11th is 4.
    // y − 4x = 5, 7, 7, 4, 5, 7, 6 → sorted 4 5 5 [6] 7 7 7 → intercept 6.
    const line = theilSen([1, 2, 3, 4, 10, 12, 18], [9, 15, 19, 20, 45, 55, 78]);
    expect(line).toEqual({ slope: 4, intercept: 6 });
  });

  it("reproduces scipy's x = 0, 1, 2 / y = 0, 1, 1 case", () => {
    // slopes 1, 1/2, 0 → 1/2; y − x/2 = 0, 1/2, 0 → 0.
    expect(theilSen([0, 1, 2], [0, 1, 1])).toEqual({ slope: 0.5, intercept: 0 });
  });

  it('skips pairs tied in x', () => {
    // points (1,1) (1,2) (2,3) (3,5); the pair at x = 1 is skipped.
    // slopes: (1,1)-(2,3) 2, (1,1)-(3,5) 2, (1,2)-(2,3) 1, (1,2)-(3,5) 3/2, (2,3)-(3,5) 2
    //   sorted 1, 1.5, [2], 2, 2 → slope 2; y − 2x = −1, 0, −1, −1 → median −1.
    expect(theilSen([1, 1, 2, 3], [1, 2, 3, 5])).toEqual({ slope: 2, intercept: -1 });
  });

  it('averages the two middle slopes when the pair count is even', () => {
    // points (0,0) (1,1) (2,5) (3,3): 6 slopes 1, 5/2, 1, 4, 1, −2 → sorted −2 1 [1 1] 5/2 4 → 1.
    // y − x = 0, 0, 3, 0 → sorted 0 [0 0] 3 → 0.
    expect(theilSen([0, 1, 2, 3], [0, 1, 5, 3])).toEqual({ slope: 1, intercept: 0 });
    // points (0,0) (1,2) (2,3) (3,9): slopes 2, 3/2, 3, 1, 7/2, 6 → sorted 1 3/2 [2 3] 7/2 6 → 5/2.
    // y − 5x/2 = 0, −1/2, −2, 3/2 → sorted −2 [−1/2 0] 3/2 → −1/4.
    expect(theilSen([0, 1, 2, 3], [0, 2, 3, 9])).toEqual({ slope: 2.5, intercept: -0.25 });
  });

  it('is null with fewer than two distinct x', () => {
    expect(theilSen([], [])).toBeNull();
    expect(theilSen([3], [7])).toBeNull();
    expect(theilSen([2, 2, 2], [1, 5, 9])).toBeNull();
  });

  it('fits two points exactly', () => {
    // slope (7 − 3)/(3 − 1) = 2; offsets 3 − 2 = 1, 7 − 6 = 1 → 1.
    expect(theilSen([1, 3], [3, 7])).toEqual({ slope: 2, intercept: 1 });
    // order of the points does not matter
    expect(theilSen([3, 1], [7, 3])).toEqual({ slope: 2, intercept: 1 });
  });

  it('gives slope 0 and the common value when every y is equal', () => {
    expect(theilSen([0, 1, 2, 5], [4, 4, 4, 4])).toEqual({ slope: 0, intercept: 4 });
  });

  it('handles negative values', () => {
    // (−2,5) (−1,3) (0,−1): slopes −2, −3, −4 → −3; y + 3x = −1, 0, −1 → −1.
    expect(theilSen([-2, -1, 0], [5, 3, -1])).toEqual({ slope: -3, intercept: -1 });
  });

  it('keeps precision at 1e12 and at 1e-12', () => {
    const xs = [0, 1, 2, 4, 5, 7, 8, 9, 10, 11, 12, 14];
    const noise = [0, 2, -1, 3, 0, -2, 1, 1, -3, 2, 0, -1];
    const huge = xs.map((x, i) => 1e12 + 3 * x + noise[i]!);
    const tiny = xs.map((x, i) => 1e-12 * (3 * x + noise[i]!));
    const refHuge = naiveTheilSen(xs, huge);
    const refTiny = naiveTheilSen(xs, tiny);
    const gotHuge = theilSen(xs, huge);
    const gotTiny = theilSen(xs, tiny);
    expectClose(gotHuge?.slope, refHuge.slope);
    expectClose(gotHuge?.intercept, refHuge.intercept);
    expectClose(gotTiny?.slope, refTiny.slope);
    expectClose(gotTiny?.intercept, refTiny.intercept);
    // Shifting by 1e12 leaves the slope of the unshifted series (3 + noise) unchanged.
    expectClose(
      gotHuge?.slope,
      naiveTheilSen(
        xs,
        xs.map((x, i) => 3 * x + noise[i]!),
      ).slope,
    );
  });

  it('matches the brute-force reference at n = 12 with calendar gaps', () => {
    const xs = [0, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13];
    const ys = [10, 12, 11, 15, 13, 18, 17, 16, 22, 21, 25, 24];
    expect(theilSen(xs, ys)).toEqual(naiveTheilSen(xs, ys));
  });

  it('matches the brute-force reference on a large input (n = 400, O(n² log n))', () => {
    const xs = Array.from({ length: 400 }, (_, i) => i % 37);
    const ys = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 101) - 50);
    expect(theilSen(xs, ys)).toEqual(naiveTheilSen(xs, ys));
  });

  it('accepts typed arrays', () => {
    expect(theilSen(Float64Array.of(1, 3), Float64Array.of(3, 7))).toEqual({
      slope: 2,
      intercept: 1,
    });
  });

  it('throws on a length mismatch (a caller bug)', () => {
    expect(() => theilSen([1, 2], [1])).toThrow(RangeError);
  });

  describe('properties', () => {
    it('matches the brute-force reference, ties in x and y included', () => {
      const points = fc
        .array(fc.integer({ min: -5, max: 5 }), { minLength: 0, maxLength: 14 })
        .chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.array(fc.integer({ min: -20, max: 20 }), {
              minLength: xs.length,
              maxLength: xs.length,
            }),
          ),
        );
      fc.assert(
        fc.property(points, ([xs, ys]) => {
          const got = theilSen(xs, ys);
          if (new Set(xs).size < 2) {
            expect(got).toBeNull();
          } else {
            expect(got).toEqual(naiveTheilSen(xs, ys));
          }
        }),
      );
    });

    it('slope is unchanged and intercept shifts when a constant is added to y', () => {
      fc.assert(
        fc.property(distinctPoints(), fc.integer({ min: -1e6, max: 1e6 }), ([xs, ys], c) => {
          const base = theilSen(xs, ys)!;
          const shifted = theilSen(
            xs,
            ys.map((y) => y + c),
          )!;
          // integer y: the differences, hence every pairwise slope, are exact
          expect(shifted.slope).toBe(base.slope);
          expectClose(shifted.intercept, base.intercept + c, Math.abs(c) + 1000);
        }),
      );
    });

    it('slope scales with y', () => {
      fc.assert(
        fc.property(
          distinctPoints(),
          fc.double({ min: -1000, max: 1000, noNaN: true }).filter((k) => Math.abs(k) > 1e-3),
          ([xs, ys], k) => {
            const base = theilSen(xs, ys)!;
            const scaled = theilSen(
              xs,
              ys.map((y) => k * y),
            )!;
            expectClose(scaled.slope, k * base.slope, Math.abs(k) * slopeScale(xs, ys));
          },
        ),
      );
    });

    it('slope scales inversely with x (exactly for powers of two, including a sign flip)', () => {
      fc.assert(
        fc.property(
          distinctPoints(),
          fc.integer({ min: -20, max: 20 }),
          fc.boolean(),
          ([xs, ys], e, flip) => {
            const k = (flip ? -1 : 1) * 2 ** e;
            const base = theilSen(xs, ys)!;
            const scaled = theilSen(
              xs.map((x) => k * x),
              ys,
            )!;
            // `+ 0`: theilSen reports a zero slope as 0, never −0
            expect(scaled.slope).toBe(base.slope / k + 0);
          },
        ),
      );
    });

    it('slope scales inversely with x for any factor', () => {
      fc.assert(
        fc.property(
          distinctPoints(),
          fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
          ([xs, ys], k) => {
            const base = theilSen(xs, ys)!;
            const scaled = theilSen(
              xs.map((x) => k * x),
              ys,
            )!;
            expectClose(scaled.slope, base.slope / k, slopeScale(xs, ys) / k);
          },
        ),
      );
    });

    it('recovers a perfect line despite one outlier (n ≥ 5)', () => {
      // With one outlier, (n−1)(n−2)/2 of the n(n−1)/2 slopes are exact: a strict majority for
      // n ≥ 5, so both middle order statistics are the true slope; n − 1 offsets equal a.
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 5, maxLength: 12 }),
          fc.integer({ min: -1000, max: 1000 }),
          fc.integer({ min: -50, max: 50 }),
          fc.nat(),
          fc.integer({ min: -1e6, max: 1e6 }).filter((d) => d !== 0),
          (xs, a, b, at, outlier) => {
            const ys = xs.map((x) => a + b * x);
            const k = at % xs.length;
            ys[k] = ys[k]! + outlier;
            expect(theilSen(xs, ys)).toEqual({ slope: b, intercept: a });
          },
        ),
      );
    });

    it('never returns NaN or Infinity', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.double({ min: -1e12, max: 1e12, noNaN: true }),
              fc.double({ min: -1e12, max: 1e12, noNaN: true }),
            ),
            { maxLength: 12 },
          ),
          (pairs) => {
            const got = theilSen(
              pairs.map((p) => p[0]),
              pairs.map((p) => p[1]),
            );
            if (got !== null) {
              expect(Number.isFinite(got.slope)).toBe(true);
              expect(Number.isFinite(got.intercept)).toBe(true);
            }
          },
        ),
      );
    });
  });
});
