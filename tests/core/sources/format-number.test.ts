import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/load/parse-number.ts';
import { formatNumber } from '../../../src/core/sources/format-number.ts';

describe('formatNumber', () => {
  it('writes the shortest plain decimal', () => {
    expect(formatNumber(131)).toBe('131');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(-4.5)).toBe('-4.5');
    expect(formatNumber(-0)).toBe('0');
    // String(1e21) is "1e+21" and String(1.5e-7) is "1.5e-7": expanded by hand.
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
    expect(formatNumber(-1.2345e22)).toBe('-12345000000000000000000');
    expect(formatNumber(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
  });

  it('reads back to the same double, never with an exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatNumber(n);
        expect(text).not.toMatch(/e/i);
        expect(Object.is(parseNumber(text, 0, text.length, false), n === 0 ? 0 : n)).toBe(true);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 2000 },
    );
  });
});
