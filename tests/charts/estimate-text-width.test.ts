import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/estimate-text-width.ts';

describe('estimateTextWidth', () => {
  it('adds Helvetica advance widths: "Hello" at 10 px is 22.78 px', () => {
    // H 722 + e 556 + l 222 + l 222 + o 556 = 2278 / 1000 em × 10 px
    expect(estimateTextWidth('Hello', 10)).toBeCloseTo(22.78, 10);
    expect(estimateTextWidth('W09 2026', 10)).toBeCloseTo((944 + 556 * 6 + 278) / 100, 10);
  });

  it('is narrower than Vega’s 0.8 em per character, wider for bold and CJK', () => {
    expect(estimateTextWidth('Revenue', 11)).toBeLessThan(0.8 * 7 * 11 * 0.75);
    expect(estimateTextWidth('Revenue', 11, true)).toBeGreaterThan(
      estimateTextWidth('Revenue', 11),
    );
    expect(estimateTextWidth('売上', 10)).toBe(20);
    expect(estimateTextWidth('', 10)).toBe(0);
  });
});
