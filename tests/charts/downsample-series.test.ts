import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleSeries } from '../../src/charts/downsample-series.ts';

const series = (values: readonly number[]) => values.map((value, i) => ({ day: i, value }));

describe('downsampleSeries', () => {
  it('returns a series that fits unchanged', () => {
    const s = series([1, 2, 3]);
    expect(downsampleSeries(s, 3)).toBe(s);
  });

  it('keeps at most maxPoints, in order, with first, last, max, min and the kept indices', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 10,
          maxLength: 600,
        }),
        fc.integer({ min: 8, max: 200 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (values, maxPoints, keepRaw) => {
          const s = series(values);
          const keep = keepRaw.map((k) => k % s.length);
          const out = downsampleSeries(s, maxPoints, keep);
          if (s.length <= maxPoints) return;
          expect(out.length).toBeLessThanOrEqual(Math.max(maxPoints, 7));
          const idx = out.map((p) => s.indexOf(p));
          expect(idx.every((i, k) => i >= 0 && (k === 0 || i > idx[k - 1]!))).toBe(true);
          const max = Math.max(...values);
          const min = Math.min(...values);
          expect(out[0]).toBe(s[0]);
          expect(out.at(-1)).toBe(s.at(-1));
          expect(out.some((p) => p.value === max)).toBe(true);
          expect(out.some((p) => p.value === min)).toBe(true);
          for (const k of keep) expect(out).toContain(s[k]);
        },
      ),
    );
  });
});
