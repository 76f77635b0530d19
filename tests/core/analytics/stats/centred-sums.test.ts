import { describe, expect, it } from 'vitest';
import { centredSums } from '../../../../src/core/analytics/stats/centred-sums.ts';

describe('centredSums', () => {
  it('rebuilds the hand-worked sums of x 1 2 3 4, y 4 1 3 0', () => {
    // x̄ = 5/2, ȳ = 2; centred x −3/2 −1/2 1/2 3/2, y 2 −1 1 −2
    // Sxx = 5, Syy = 10, Sxy = −3 + 1/2 + 1/2 − 3 = −5
    const s = centredSums([1, 2, 3, 4], [4, 1, 3, 0])!;
    expect(s.n).toBe(4);
    expect(s.meanX).toBe(2.5);
    expect(s.meanY).toBe(2);
    // the scales are powers of two, so these reconstructions are exact
    expect(s.suu * s.scaleX ** 2).toBe(5);
    expect(s.svv * s.scaleY ** 2).toBe(10);
    expect(s.suv * s.scaleX * s.scaleY).toBe(-5);
    expect(Math.log2(s.scaleX) % 1).toBe(0);
    expect(Math.log2(s.scaleY) % 1).toBe(0);
  });

  it('gives exactly zero spread to a constant series whose float mean is inexact', () => {
    const s = centredSums([0.1, 0.1, 0.1], [1e12 + 0.1, 1e12 + 0.1, 1e12 + 0.1])!;
    expect(s.meanX).toBe(0.1);
    expect(s.suu).toBe(0);
    expect(s.svv).toBe(0);
    expect(s.scaleX).toBe(1);
  });

  it('is null for empty input and when a mean overflows', () => {
    expect(centredSums([], [])).toBeNull();
    expect(centredSums([-Number.MAX_VALUE, Number.MAX_VALUE], [1, 2])).toBeNull();
  });

  it('throws on a length mismatch (a caller bug)', () => {
    expect(() => centredSums([1], [])).toThrow(RangeError);
  });
});
