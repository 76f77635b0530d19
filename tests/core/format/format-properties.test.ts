/**
 * Properties of the one number format over units and magnitudes (fast-check): values that differ
 * never print the same, the text reads back within its last digit, a real minus sign, no scale
 * word twice, the same text whatever the order, and gaps in words without signs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPair,
  formatValue,
  formatValues,
  sameValue,
} from '../../../src/core/format/format-value.ts';
import { gapPhrase } from '../../../src/core/format/gap-phrase.ts';

const UNITS = [
  'count',
  '',
  'score',
  'ratio',
  'percent',
  'currency:USD',
  'currency:EUR',
  'hours',
  'days',
  'mm',
  'ppm',
  'thousand jobs',
  'USD million',
  'k',
] as const;

const SUFFIX_SCALE: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Reads an en-US text back (an oracle written apart from the formatter): the number, and half a
 * unit of its last printed digit at its scale, which is how far the text may be from the value.
 */
function readBack(text: string, unit: string): { value: number; tolerance: number } {
  let t = text;
  const label =
    unit === 'percent'
      ? ' %'
      : /^(count|score|ratio|)$/.test(unit) || unit.startsWith('currency:')
        ? ''
        : ` ${unit}`;
  if (label !== '' && t.endsWith(label)) t = t.slice(0, -label.length);
  else if (unit === 'days' || unit === 'hours') t = t.replace(/ (day|hour)$/, '');
  t = t.replace(/[$€]/g, '').replace(/,/g, '').replace('−', '-');
  const scale = SUFFIX_SCALE[t.slice(-1)] ?? 1;
  if (scale !== 1) t = t.slice(0, -1);
  expect(t, text).toMatch(/^-?\d+(\.\d+)?$/);
  const decimals = t.split('.')[1]?.length ?? 0;
  return { value: Number(t) * scale, tolerance: 0.5 * 10 ** -decimals * scale };
}

/** Finite doubles from 1e-6 to 1e15 in size, either sign, and some whole numbers and zeros. */
const magnitude = fc.oneof(
  fc
    .tuple(fc.double({ min: -6, max: 15, noNaN: true }), fc.boolean())
    .map(([e, neg]) => (neg ? -1 : 1) * 10 ** e),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, 1, 100, 9_999.95, 10_000, 999_999.9, 1_000_000),
);
/** A second value near the first, so that rounding is put to the test. */
const near = (v: number) =>
  fc.oneof(
    magnitude,
    fc.double({ min: -0.05, max: 0.05, noNaN: true }).map((f) => v * (1 + f)),
    fc
      .integer({ min: -3, max: 3 })
      .map((k) => v + k * 10 ** (Math.floor(Math.log10(Math.abs(v) || 1)) - 3)),
  );
const pair = magnitude.chain((a) => near(a).map((b) => [a, b] as const));
const unit = fc.constantFrom(...UNITS);
const compact = fc.boolean();

describe('the number format, over units and magnitudes', () => {
  it('never prints two values that differ (to 12 digits) the same, and equal ones alike', () => {
    fc.assert(
      fc.property(pair, unit, compact, ([a, b], u, c) => {
        const [ta, tb] = formatPair(a, b, u, { compact: c });
        if (sameValue(a, b)) expect(ta).toBe(tb);
        else expect(ta, `${a} vs ${b}`).not.toBe(tb);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes values shown together as their 12-digit values (Number(v.toPrecision(12)))', () => {
    fc.assert(
      fc.property(
        fc.array(magnitude, { minLength: 1, maxLength: 6 }),
        unit,
        compact,
        (vs, u, c) => {
          // With a value equal to the first to 12 digits only: the two must print alike.
          vs = [...vs, vs[0]! * (1 + 3e-14)];
          const twelve = vs.map((v) => Number(v.toPrecision(12)));
          expect(formatValues(vs, u, { compact: c })).toEqual(
            formatValues(twelve, u, { compact: c }),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads back within half its last digit, alone and in a pair', () => {
    fc.assert(
      fc.property(pair, unit, compact, ([a, b], u, c) => {
        const texts = [formatValue(a, u, { compact: c }), ...formatPair(a, b, u, { compact: c })];
        const values = [a, a, b];
        texts.forEach((text, i) => {
          const { value, tolerance } = readBack(text, u);
          // Values shown together are written to 12 significant digits (sameValue's equality).
          expect(Math.abs(value - values[i]!), text).toBeLessThanOrEqual(
            tolerance * (1 + 1e-9) + Math.abs(values[i]!) * (i === 0 ? 1e-15 : 5e-12),
          );
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('writes negatives with a real minus sign, never a hyphen, never "−0"', () => {
    fc.assert(
      fc.property(magnitude, unit, compact, (v, u, c) => {
        const text = formatValue(v, u, { compact: c });
        expect(text).not.toMatch(/-/);
        expect(text).not.toMatch(/−[$€]?0(\.0*)?( |$|[A-Z])/);
        const { value } = readBack(text, u);
        if (value !== 0) expect(text.includes('−')).toBe(v < 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never compacts a unit that has a scale word', () => {
    fc.assert(
      fc.property(magnitude, fc.constantFrom('thousand jobs', 'USD million', 'k'), (v, u) => {
        expect(formatValue(v, u, { compact: true })).not.toMatch(/\d[KMBT]\b/);
      }),
    );
  });

  it('is deterministic and does not depend on the order of the values', () => {
    fc.assert(
      fc.property(fc.array(magnitude, { maxLength: 8 }), unit, compact, (values, u, c) => {
        const texts = formatValues(values, u, { compact: c });
        expect(formatValues(values, u, { compact: c })).toEqual(texts);
        const reversed = formatValues([...values].reverse(), u, { compact: c });
        expect(reversed).toEqual([...texts].reverse());
      }),
      { numRuns: 500 },
    );
  });

  it('phrases every gap in words: no sign, the direction’s verdict, points for percent', () => {
    const direction = fc.constantFrom('up', 'down', 'target') as fc.Arbitrary<
      'up' | 'down' | 'target'
    >;
    fc.assert(
      fc.property(pair, unit, direction, ([a, b], u, d) => {
        const phrase = gapPhrase(a, b, u, d);
        expect(phrase).not.toMatch(/^[+−-]|[ (][+−-]/);
        if (sameValue(a, b)) {
          expect(phrase).toBe('on plan');
          return;
        }
        expect(phrase).not.toMatch(/^0 %|^0 points?|^0 /);
        if (u === 'percent') expect(phrase).toMatch(/ points? /);
        if (d === 'down') expect(phrase.endsWith(a > b ? '(worse)' : '(better)')).toBe(true);
        if (d === 'up') expect(phrase).toMatch(a > b ? / above plan$/ : / short$/);
        if (d === 'target') expect(phrase.endsWith('(worse)')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
