/**
 * numberText writes most numbers without Intl's parts (fastNumberText): it must give exactly what
 * the parts give — text, value shown and fraction digits — for every rounding, locale and
 * currency, at ties, tiny and huge magnitudes, and negatives that round to zero.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  numberText,
  numberTextByParts,
  roundDecimal,
  type NumberText,
  type Rounding,
} from '../../../src/core/format/number-text.ts';

/** What a reader gets of a number (`key` is compared apart: it is the fast way's own). */
const read = (n: NumberText) => ({ text: n.text, shown: n.shown, decimals: n.decimals });

const LOCALES = [
  'en-US',
  'de-DE',
  'fr-FR',
  'sv-SE',
  'de-CH',
  'hi-IN',
  'ja-JP',
  'ar-EG',
  'he-IL',
  'fa-IR',
  'es-ES',
  'pl-PL',
];
const CURRENCIES = [null, 'USD', 'EUR', 'JPY', 'CHF'];

const rounding: fc.Arbitrary<Rounding> = fc.oneof(
  fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
    .map(([compact, a, b]) => ({ compact, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.integer({ min: 1, max: 21 }).map((significant) => ({ significant })),
);

/** Magnitudes from 1e-12 to 1e25, ties at every digit (x.5, x.05, …), zero and negative zero. */
const value = fc.oneof(
  fc.double({ min: -1e25, max: 1e25, noNaN: true }),
  fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
    .map(([n, d]) => (n + 0.5) / 10 ** d),
  fc.constantFrom(0, -0, 1.005, 2.675, 0.125, -0.5, 1e21, 999999.5, 9.995, -0.0004),
);

describe('roundDecimal', () => {
  it('rounds a decimal text half up, carrying through nines and the point', () => {
    expect(roundDecimal('1.005', 2)).toBe('1.01');
    expect(roundDecimal('1.004', 2)).toBe('1.00');
    expect(roundDecimal('9.995', 2)).toBe('10.00');
    expect(roundDecimal('99.5', 0)).toBe('100');
    expect(roundDecimal('0.45', 1)).toBe('0.5');
    expect(roundDecimal('0.44', 0)).toBe('0');
    expect(roundDecimal('12', 3)).toBe('12');
    expect(roundDecimal('12.3', 3)).toBe('12.3');
  });
});

describe('numberText', () => {
  it('gives what Intl’s parts give, for every rounding, locale and currency', () => {
    fc.assert(
      fc.property(
        value,
        rounding,
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        (v, r, locale, currency) => {
          const options = { locale, currency };
          expect(read(numberText(v, r, options))).toEqual(read(numberTextByParts(v, r, options)));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('has equal keys exactly when the texts are equal', () => {
    fc.assert(
      fc.property(
        value,
        value,
        rounding,
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        (a, b, r, locale, currency) => {
          const options = { locale, currency };
          // Near values as well, where rounding makes texts meet.
          for (const other of [b, a * (1 + 1e-7), a + 0.004, -a]) {
            const [x, y] = [numberText(a, r, options), numberText(other, r, options)];
            expect(x.key === y.key, `${a} ${other}`).toBe(x.text === y.text);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('groups as each locale does: by 3, by 3 then 2, from five digits', () => {
    const whole = { compact: false, min: 0, max: 2 } as const;
    const text = (v: number, locale: string, currency: string | null = null) =>
      numberText(v, whole, { locale, currency }).text;
    expect(text(1234567.5, 'en-US')).toBe('1,234,567.5');
    expect(text(-1234567.25, 'hi-IN')).toBe('−12,34,567.25');
    // Spanish and Polish leave a four-digit number whole.
    expect(text(1234, 'es-ES')).toBe('1234');
    expect(text(12345, 'es-ES')).toBe('12.345');
    expect(text(-1234.5, 'pl-PL')).toBe('−1234,5');
    expect(text(-1234.5, 'de-DE', 'EUR')).toBe('−1.234,5\u00a0€');
    expect(text(1234.5, 'de-CH')).toBe("1'234.5");
    expect(text(0.5, 'fr-FR')).toBe('0,5');
    expect(text(1234567, 'fr-FR')).toBe('1\u202f234\u202f567');
  });

  it('reads by hand as Intl writes: ties away from zero, zeros down to the minimum', () => {
    const en = { locale: 'en-US', currency: null };
    expect(read(numberText(2.5, { compact: false, min: 0, max: 0 }, en))).toEqual({
      text: '3',
      shown: 3,
      decimals: 0,
    });
    expect(read(numberText(-2.5, { compact: false, min: 0, max: 0 }, en))).toEqual({
      text: '−3',
      shown: -3,
      decimals: 0,
    });
    // 1.005 is 1.00499999999999989… as a double, but Intl rounds its shortest text, "1.005".
    expect(read(numberText(1.005, { compact: false, min: 0, max: 2 }, en))).toEqual({
      text: '1.01',
      shown: 1.01,
      decimals: 2,
    });
    expect(numberText(9.995, { compact: false, min: 0, max: 2 }, en).text).toBe('10');
    expect(numberText(999999.5, { compact: false, min: 0, max: 0 }, en).text).toBe('1,000,000');
    expect(read(numberText(1234.5, { compact: false, min: 2, max: 3 }, en))).toEqual({
      text: '1,234.50',
      shown: 1234.5,
      decimals: 2,
    });
    expect(read(numberText(-0.0004, { compact: false, min: 0, max: 3 }, en))).toEqual({
      text: '0',
      shown: 0,
      decimals: 0,
    });
    expect(numberText(0.1, { significant: 17 }, en).text).toBe('0.1');
    expect(
      numberText(-3154, { compact: false, min: 0, max: 0 }, { ...en, currency: 'USD' }).text,
    ).toBe('−$3,154');
  });
});
