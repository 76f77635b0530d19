import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mannKendall } from '../../../../src/core/analytics/stats/mann-kendall.ts';
import { expectClose, naiveMannKendall, normalTwoSidedReference } from './references.ts';

describe('mannKendall', () => {
  it('applies the tie correction: [1, 2, 2, 3, 3, 3]', () => {
    // S: the 1 precedes five larger values (+5); each 2 precedes three 3s (+3, +3);
    //    tied pairs count 0 → S = 11.
    // n(n−1)(2n+5) = 6·5·17 = 510; ties t = 2: 2·1·9 = 18, t = 3: 3·2·11 = 66
    // Var(S) = (510 − 18 − 66)/18 = 426/18 = 71/3
    // z = (S − 1)/√Var = 10/√(71/3); p = erfc(|z|/√2)
    const got = mannKendall([1, 2, 2, 3, 3, 3])!;
    const z = 10 / Math.sqrt(71 / 3);
    expect(got.s).toBe(11);
    expectClose(got.varS, 71 / 3);
    expectClose(got.z, z);
    expectClose(got.p, normalTwoSidedReference(z));
  });

  it('without ties: [1, 3, 2, 4]', () => {
    // pairs (1,3)+ (1,2)+ (1,4)+ (3,2)− (3,4)+ (2,4)+ → S = 4
    // Var = 4·3·13/18 = 26/3; z = (4 − 1)/√(26/3)
    const got = mannKendall([1, 3, 2, 4])!;
    const z = 3 / Math.sqrt(26 / 3);
    expect(got.s).toBe(4);
    expectClose(got.varS, 26 / 3);
    expectClose(got.z, z);
    expectClose(got.p, normalTwoSidedReference(z));
  });

  it('uses S + 1 for a falling series: [5, 4, 3]', () => {
    // S = −3; Var = 3·2·11/18 = 11/3; z = (−3 + 1)/√(11/3)
    const got = mannKendall([5, 4, 3])!;
    expect(got.s).toBe(-3);
    expectClose(got.varS, 11 / 3);
    expectClose(got.z, -2 / Math.sqrt(11 / 3));
    expectClose(got.p, normalTwoSidedReference(2 / Math.sqrt(11 / 3)));
  });

  it('gives z = 0 and p = 1 when S = 0: [1, 2, 1]', () => {
    // (1,2)+ (1,1)0 (2,1)− → S = 0; Var = (66 − 18)/18 = 8/3
    const got = mannKendall([1, 2, 1])!;
    expect(got.s).toBe(0);
    expectClose(got.varS, 8 / 3);
    expect(got.z).toBe(0);
    expect(got.p).toBe(1);
  });

  it('reproduces the MannKendall.jl reference for 1:100 (S 4950, Var 112750, z 14.73869998208331)', () => {
    // mmhs013/MannKendall.jl test/runtests.jl: mk_original_test(1:100).
    // By hand: S = C(100,2) = 4950; Var = 100·99·205/18 = 112750; z = 4949/√112750.
    const got = mannKendall(Array.from({ length: 100 }, (_, i) => i + 1))!;
    expect(got.s).toBe(4950);
    expect(got.varS).toBe(112750);
    expectClose(got.z, 14.73869998208331);
    expectClose(got.p, normalTwoSidedReference(4949 / Math.sqrt(112750)));
    expect(got.p).toBeGreaterThan(0);
  });

  it('is null below three values', () => {
    expect(mannKendall([])).toBeNull();
    expect(mannKendall([1])).toBeNull();
    expect(mannKendall([1, 2])).toBeNull();
  });

  it('has no z or p when every value is equal (Var = 0)', () => {
    // t = n = 4: 4·3·13 − 4·3·13 = 0
    expect(mannKendall([4, 4, 4, 4])).toEqual({ s: 0, varS: 0, z: null, p: null });
  });

  it('handles negative values', () => {
    // [−3, −1, −2]: (−3,−1)+ (−3,−2)+ (−1,−2)− → S = 1; Var = 11/3; z = 0
    expect(mannKendall([-3, -1, -2])).toEqual({ s: 1, varS: 11 / 3, z: 0, p: 1 });
  });

  it('depends only on the order of the values (1e12 and 1e-12 scales)', () => {
    const ys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    const base = mannKendall(ys);
    expect(mannKendall(ys.map((y) => 1e12 + y))).toEqual(base);
    expect(mannKendall(ys.map((y) => 1e-12 * y))).toEqual(base);
  });

  it('matches the references at n = 12 with ties', () => {
    // value 3 twice, 5 three times, 1 twice
    const ys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    const ref = naiveMannKendall(ys);
    // by hand: n(n−1)(2n+5) = 12·11·29 = 3828; ties 2·1·9 + 2·1·9 + 3·2·11 = 102 → 3726/18 = 207
    expect(ref.varS).toBe(207);
    const got = mannKendall(ys)!;
    expect(got.s).toBe(ref.s);
    expect(got.varS).toBe(207);
    const z = ref.s > 0 ? (ref.s - 1) / Math.sqrt(207) : (ref.s + 1) / Math.sqrt(207);
    expectClose(got.z, z);
    expectClose(got.p, normalTwoSidedReference(z));
  });

  it('accepts typed arrays', () => {
    expect(mannKendall(Float64Array.of(1, 3, 2, 4))).toEqual(mannKendall([1, 3, 2, 4]));
  });

  describe('properties', () => {
    const series = fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 3, maxLength: 40 });

    it('matches the nested-loop S, the tallied tie variance and the erfc p-value', () => {
      fc.assert(
        fc.property(series, (ys) => {
          const ref = naiveMannKendall(ys);
          const got = mannKendall(ys)!;
          expect(got.s).toBe(ref.s);
          expectClose(got.varS, ref.varS);
          if (ref.varS === 0) {
            expect(got).toEqual({ s: 0, varS: 0, z: null, p: null });
            return;
          }
          const sd = Math.sqrt(ref.varS);
          const z = ref.s > 0 ? (ref.s - 1) / sd : ref.s < 0 ? (ref.s + 1) / sd : 0;
          expectClose(got.z, z, 1);
          expectClose(got.p, normalTwoSidedReference(z));
        }),
      );
    });

    it('reversing the series negates S and z and keeps p', () => {
      fc.assert(
        fc.property(series, (ys) => {
          const fwd = mannKendall(ys)!;
          const back = mannKendall([...ys].reverse())!;
          // sums rather than negations: toBe tells −0 from 0
          expect(back.s + fwd.s).toBe(0);
          expect(back.varS).toBe(fwd.varS);
          if (fwd.z === null) expect(back.z).toBeNull();
          else expect(back.z! + fwd.z).toBe(0);
          expect(back.p).toBe(fwd.p);
        }),
      );
    });

    it('p is in (0, 1] and z is finite whenever the series is not constant', () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
            minLength: 3,
            maxLength: 30,
          }),
          (ys) => {
            const got = mannKendall(ys)!;
            if (got.p === null) return;
            expect(Number.isFinite(got.z)).toBe(true);
            expect(got.p).toBeGreaterThan(0);
            expect(got.p).toBeLessThanOrEqual(1);
          },
        ),
      );
    });
  });
});
