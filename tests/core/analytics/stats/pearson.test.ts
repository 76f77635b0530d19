import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pearson } from '../../../../src/core/analytics/stats/pearson.ts';
import { expectClose, naivePearsonR, tTwoSidedReference } from './references.ts';

/** Anscombe (1973), "Graphs in statistical analysis", Table 1. */
const anscombe = {
  x: [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5],
  x4: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
  y1: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68],
  y2: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74],
  y3: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73],
  y4: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
};

/** Integer pairs (x, y) of a given length range. */
const pairs = (minLength: number, maxLength: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
      minLength,
      maxLength,
    })
    .map((ps) => [ps.map((p) => p[0]), ps.map((p) => p[1])] as const)
    .filter(([xs, ys]) => new Set(xs).size > 1 && new Set(ys).size > 1);

describe('pearson', () => {
  it('n = 3 (df 1, Cauchy): x 1 2 3, y 1 3 2 → r = 1/2, p = 2/3', () => {
    // centred x −1 0 1, y −1 1 0: Sxy = 1, Sxx = Syy = 2 → r = 1/√4 = 1/2
    // t = r·√(1/(1 − r²)) = 1/√3; df = 1: p = 1 − 2·atan(1/√3)/π = 1 − 2(π/6)/π = 2/3
    const got = pearson([1, 2, 3], [1, 3, 2])!;
    expect(got.r).toBe(0.5);
    expect(got.n).toBe(3);
    expectClose(got.p, 2 / 3);
  });

  it('n = 3 (df 1): x 1 2 3, y 2 1 4 → r = √(3/7), t = √3/2', () => {
    // ȳ = 7/3; centred y −1/3 −4/3 5/3: Sxy = 1/3 + 5/3 = 2, Sxx = 2, Syy = 42/9 = 14/3
    // r = 2/√(28/3) = √(3/7); 1 − r² = 4/7 → t = √(3/7)/√(4/7) = √3/2
    // p = 1 − 2·atan(√3/2)/π
    const got = pearson([1, 2, 3], [2, 1, 4])!;
    expectClose(got.r, Math.sqrt(3 / 7));
    expectClose(got.p, 1 - (2 * Math.atan(Math.sqrt(3) / 2)) / Math.PI);
  });

  it('n = 4 (df 2): x 1 2 3 4, y 1 3 2 4 → r = 4/5, p = 1/5', () => {
    // centred x and y: −3/2 −1/2 1/2 3/2 and −3/2 1/2 −1/2 3/2
    // Sxy = 9/4 − 1/4 − 1/4 + 9/4 = 4, Sxx = Syy = 5 → r = 4/5
    // t = (4/5)·√(2/(9/25)) = 4√2/3, t² = 32/9
    // df = 2: p = 1 − |t|/√(t² + 2) = 1 − (4√2/3)/(5√2/3) = 1/5
    const got = pearson([1, 2, 3, 4], [1, 3, 2, 4])!;
    expectClose(got.r, 0.8);
    expectClose(got.p, 0.2);
  });

  it('n = 4 (df 2), negative r: x 1 2 3 4, y 4 1 3 0', () => {
    // ȳ = 2; centred y 2 −1 1 −2; Sxy = −3 + 1/2 + 1/2 − 3 = −5, Sxx = 5, Syy = 10
    // r = −5/√50 = −1/√2; t = r·√(2/(1/2)) = −√2; p = 1 − √2/√(2 + 2) = 1 − √2/2
    const got = pearson([1, 2, 3, 4], [4, 1, 3, 0])!;
    expectClose(got.r, -Math.SQRT1_2);
    expectClose(got.p, 1 - Math.SQRT2 / 2);
  });

  it("Anscombe's set I: r = 60511/√(1210·4539996) exactly", () => {
    // In hundredths of y: Σx = 99, Σx² = 1001, Σy = 8251, Σy² = 6601727, Σxy = 79760
    // n·Sxx = 11·1001 − 99² = 1210; n·Syy = 11·6601727 − 8251² = 4539996;
    // n·Sxy = 11·79760 − 99·8251 = 60511 → r = 60511/√(1210·4539996) ≈ 0.8164205
    const got = pearson(anscombe.x, anscombe.y1)!;
    const r = 60511 / Math.sqrt(1210 * 4539996);
    expectClose(got.r, r);
    expect(got.n).toBe(11);
    expectClose(got.p, tTwoSidedReference(r * Math.sqrt(9 / (1 - r * r)), 9));
  });

  it("Anscombe's four sets all have the published r = 0.82", () => {
    // Anscombe (1973) prints 0.82 for every set (set I is 0.81642, set IV 0.81652).
    for (const [xs, ys] of [
      [anscombe.x, anscombe.y1],
      [anscombe.x, anscombe.y2],
      [anscombe.x, anscombe.y3],
      [anscombe.x4, anscombe.y4],
    ] as const) {
      expect(pearson(xs, ys)!.r).toBeCloseTo(0.82, 2);
    }
  });

  it('|r| = 1 gives p = 0', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toEqual({ r: 1, n: 3, p: 0 });
    expect(pearson([1, 2, 3], [6, 4, 2])).toEqual({ r: -1, n: 3, p: 0 });
    expect(pearson([0, 1, 2, 3, 4], [1, 4, 7, 10, 13])).toEqual({ r: 1, n: 5, p: 0 });
  });

  it('is null below three pairs', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([1, 2], [2, 1])).toBeNull();
  });

  it('is null when either series is constant (even where the float mean is inexact)', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(pearson([7, 7, 7, 7], [1, 2, 3, 4])).toBeNull();
    // 0.1 + 0.1 + 0.1 ≠ 0.3 in floating point; the spread must still be exactly 0
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3])).toBeNull();
    expect(pearson([1e12 + 0.1, 1e12 + 0.1, 1e12 + 0.1], [1, 2, 3])).toBeNull();
  });

  it('keeps precision with a 1e12 offset and at 1e-12 scale', () => {
    const xs = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3, 5, 8];
    const ys = [2, 7, 1, 8, 2, 8, -1, 8, 2, 8, 4, 5];
    const r = naivePearsonR(xs, ys);
    expectClose(
      pearson(
        xs.map((x) => 1e12 + x),
        ys,
      )?.r,
      r,
    );
    expectClose(
      pearson(
        xs,
        ys.map((y) => 1e-12 * y),
      )?.r,
      r,
    );
    expectClose(
      pearson(
        xs.map((x) => -1e12 + x),
        ys.map((y) => 1e12 - y),
      )?.r,
      -r,
    );
  });

  it('neither overflows nor underflows at 1e±200', () => {
    // scaling both series leaves r unchanged: x 1 2 3, y 1 3 2 → r = 1/2 (worked above)
    for (const k of [1e200, 1e-200, 1e-310]) {
      expectClose(pearson([k, 2 * k, 3 * k], [1, 3, 2])?.r, 0.5);
      expectClose(pearson([1, 2, 3], [k, 3 * k, 2 * k])?.r, 0.5);
    }
  });

  it('matches the references at n = 12', () => {
    const xs = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3, 5, 8];
    const ys = [2, 7, 1, 8, 2, 8, -1, 8, 2, 8, 4, 5];
    const r = naivePearsonR(xs, ys);
    const got = pearson(xs, ys)!;
    expectClose(got.r, r);
    expect(got.n).toBe(12);
    expectClose(got.p, tTwoSidedReference(r * Math.sqrt(10 / (1 - r * r)), 10));
  });

  it('throws on a length mismatch (a caller bug)', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });

  describe('properties', () => {
    it('r is in [−1, 1], p in [0, 1], both finite', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.double({ min: -1e12, max: 1e12, noNaN: true }),
              fc.double({ min: -1e12, max: 1e12, noNaN: true }),
            ),
            { minLength: 3, maxLength: 30 },
          ),
          (ps) => {
            const got = pearson(
              ps.map((p) => p[0]),
              ps.map((p) => p[1]),
            );
            if (got === null) return;
            expect(got.r).toBeGreaterThanOrEqual(-1);
            expect(got.r).toBeLessThanOrEqual(1);
            expect(got.p).toBeGreaterThanOrEqual(0);
            expect(got.p).toBeLessThanOrEqual(1);
          },
        ),
      );
    });

    it('is symmetric in its arguments', () => {
      fc.assert(
        fc.property(pairs(3, 30), ([xs, ys]) => {
          expect(pearson(ys, xs)).toEqual(pearson(xs, ys));
        }),
      );
    });

    it('matches the textbook r and the closed-form Student-t p-value', () => {
      fc.assert(
        fc.property(pairs(3, 30), ([xs, ys]) => {
          const got = pearson(xs, ys)!;
          const r = naivePearsonR(xs, ys);
          expectClose(got.r, r, 1);
          const n = xs.length;
          if (Math.abs(r) < 1 - 1e-6) {
            const p = tTwoSidedReference(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
            // the reference is 1 − A: below p ≈ 1e-6 its own cancellation dominates
            expectClose(got.p, p, 1e-6);
          }
        }),
      );
    });

    it('is unchanged by an affine change of x, up to the sign of the scale', () => {
      fc.assert(
        fc.property(
          pairs(3, 12),
          fc.integer({ min: -1000, max: 1000 }),
          fc.integer({ min: -50, max: 50 }).filter((b) => b !== 0),
          ([xs, ys], a, b) => {
            const base = pearson(xs, ys)!;
            const moved = pearson(
              xs.map((x) => a + b * x),
              ys,
            )!;
            expectClose(moved.r, Math.sign(b) * base.r, 1);
            // p is ill-conditioned near |r| = 1: a rounding ε in r moves p by about ε/(1 − |r|)
            expectClose(moved.p, base.p, 1e-6, Math.max(1e-9, 1e-13 / (1 - Math.abs(base.r))));
          },
        ),
      );
    });
  });
});
