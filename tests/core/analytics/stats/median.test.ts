import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median } from '../../../../src/core/analytics/stats/median.ts';
import { naiveMedian } from './references.ts';

describe('median', () => {
  it('is null for an empty sample', () => {
    expect(median([])).toBeNull();
  });

  it('picks the middle value of an odd sample, whatever the order', () => {
    // sorted: 1 2 [3] 4 5
    expect(median([5, 1, 4, 3, 2])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('averages the two middle values of an even sample', () => {
    // sorted: -4 [-1 2] 10 → (−1 + 2)/2 = 0.5
    expect(median([10, -1, 2, -4])).toBe(0.5);
  });

  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });

  it('does not overflow on the largest finite values', () => {
    expect(median([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
  });

  it('matches a naive sort-and-pick reference (away from overflow, tested above)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1 }),
        (xs) => {
          expect(median(xs)).toBe(naiveMedian(xs));
        },
      ),
    );
  });
});
