/**
 * The one number format, on the cases issue 16 names; every expected text is worked out by hand
 * in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  formatPair,
  formatValue,
  formatValues,
  sameValue,
} from '../../../src/core/format/format-value.ts';
import { hasScaleWord, unitKind } from '../../../src/core/format/unit-kind.ts';

const NBSP = '\u00a0';

describe('unitKind', () => {
  it.each([
    ['currency:usd', { kind: 'currency', code: 'USD' }],
    ['percent', { kind: 'percent' }],
    ['count', { kind: 'bare' }],
    ['', { kind: 'bare' }],
    ['hours', { kind: 'suffix', label: 'hours', scaled: false }],
    ['mm', { kind: 'suffix', label: 'mm', scaled: false }],
    ['thousand jobs', { kind: 'suffix', label: 'thousand jobs', scaled: true }],
  ])('reads %j', (unit, kind) => {
    expect(unitKind(unit)).toEqual(kind);
  });

  it('finds scale words as whole words, upper-case M and B only', () => {
    for (const unit of [
      'thousand jobs',
      'jobs (thousands)',
      'USD bn',
      "'000s",
      'k',
      'K',
      'USD M',
      'Mio. €',
      'barrels, millions',
    ])
      expect(hasScaleWord(unit), unit).toBe(true);
    for (const unit of ['mm', 'm', 'kg', 'jobs', 'ppm', 'kB', 'hours', 'Punkte ☺', 'marks'])
      expect(hasScaleWord(unit), unit).toBe(false);
  });
});

describe('formatValue', () => {
  it.each([
    // Alone: whole numbers from 100 up, one decimal from 1, three below; cents below $100.
    [1234.5, 'count', {}, '1,235'],
    [12.34, 'percent', {}, '12.3 %'],
    [59_400_000, 'currency:USD', { compact: true }, '$59.4M'],
    [59_400_000, 'currency:USD', {}, '$59,400,000'],
    [1200, 'currency:USD', {}, '$1,200'],
    [9.17, 'currency:USD', {}, '$9.17'],
    [3.25, 'days', {}, '3.3 days'],
    [1, 'days', {}, '1 day'],
    [1, 'hours', {}, '1 hour'],
    [0.0412, 'ratio', {}, '0.041'],
    [412.6, 'ppm', {}, '413 ppm'],
    // A unit with a scale word is never compacted: 143,100 thousand, not "143.1K thousand".
    [143_100, 'thousand jobs', { compact: true }, '143,100 thousand jobs'],
    [142_000, 'thousand jobs', { compact: true }, '142,000 thousand jobs'],
    [143_100, 'jobs', { compact: true }, '143.1K jobs'],
    // A real minus sign, and no sign on zero.
    [-3154, 'count', {}, '−3,154'],
    [-1e6, 'score', { compact: true }, '−1M'],
    [-0, 'score', {}, '0'],
    [-0.0001, 'count', {}, '0'],
    [3.5e-7, 'score', {}, '0'],
    [-12.5, 'currency:USD', {}, '−$12.50'],
    [null, 'count', {}, '–'],
    [Number.NaN, 'count', {}, '–'],
    [Number.POSITIVE_INFINITY, 'count', {}, '–'],
  ] as const)('writes %d %j %j as %j', (value, unit, options, text) => {
    expect(formatValue(value, unit, options)).toBe(text);
  });

  it('writes the locale’s digits with a real minus sign', () => {
    expect(formatValue(-1234.5, 'count', { locale: 'de-DE' })).toBe('−1.235');
    expect(formatValue(12.5, 'percent', { locale: 'de-DE' })).toBe('12,5 %');
    expect(formatValue(150_000, 'currency:EUR', { locale: 'de-DE' })).toBe(`150.000${NBSP}€`);
    expect(formatValue(-2.5, 'count', { locale: 'sv-SE' })).toBe('−2,5');
  });
});

describe('formatPair: a shared precision', () => {
  it('shows the digits that tell two values apart, and no more', () => {
    // 4.6 vs 4.65: one decimal prints 4.6 twice; two decimals, written on both.
    expect(formatPair(4.6, 4.65, 'count')).toEqual(['4.60', '4.65']);
    // 4.04 hours vs 4 hours: "4 hours" twice at one decimal ("4.0" drops its zero).
    expect(formatPair(4.04, 4, 'hours')).toEqual(['4.04 hours', '4.00 hours']);
    // $59,374,274 vs $59,469,565: $59.4M vs $59.5M shows a difference of $0.1M for a true
    // $95,291 — within half of it, so one decimal at the compact scale is enough.
    expect(formatPair(59_374_274, 59_469_565, 'currency:USD', { compact: true })).toEqual([
      '$59.4M',
      '$59.5M',
    ]);
    // $59,374,274 vs $59,374,275: no compact rounding tells them apart; the full numbers do.
    expect(formatPair(59_374_274, 59_374_275, 'currency:USD', { compact: true })).toEqual([
      '$59,374,274',
      '$59,374,275',
    ]);
    // 150.5 vs 149.4: "151 vs 149" shows 2 for a gap of 1.1 (more than half off), so 1 decimal.
    expect(formatPair(150.5, 149.4, 'count')).toEqual(['150.5', '149.4']);
    // Already apart at their own precision: unchanged.
    expect(formatPair(291, 201, 'count')).toEqual(['291', '201']);
    expect(formatPair(90, 97, 'percent')).toEqual(['90 %', '97 %']);
    // Compared values show as many decimals each.
    expect(formatPair(150, 9.17, 'currency:USD')).toEqual(['$150.00', '$9.17']);
    expect(formatPair(36, 36.3, 'days')).toEqual(['36.0 days', '36.3 days']);
    expect(formatPair(143_100, 142_000, 'thousand jobs', { compact: true })).toEqual([
      '143,100 thousand jobs',
      '142,000 thousand jobs',
    ]);
    // 999,999.9 vs 1,000,000: both "1M" compact, both "1,000,000" whole.
    expect(formatPair(999_999.9, 1_000_000, 'count', { compact: true })).toEqual([
      '999,999.9',
      '1,000,000.0',
    ]);
  });

  it('treats values equal to 12 significant digits as equal (float noise)', () => {
    expect(sameValue(196, 196.00000000000003)).toBe(true);
    expect(formatPair(196, 196.00000000000003, 'count')).toEqual(['196', '196']);
    expect(formatPair(0.1 + 0.2, 0.3, 'count')).toEqual(['0.3', '0.3']);
  });

  it('separates values that differ in the 12th digit', () => {
    const [a, b] = formatPair(1, 1.00000000001, 'count');
    expect(a).toBe('1.00000000000');
    expect(b).toBe('1.00000000001');
  });
});

describe('formatValues', () => {
  it('gives a column one precision, missing values as a dash', () => {
    // 3.5 and 3.55 already differ at one decimal (Intl rounds the shortest decimal, 3.55, up).
    expect(formatValues([1, 2, 3.5, 3.55, null], 'mm')).toEqual([
      '1.0 mm',
      '2.0 mm',
      '3.5 mm',
      '3.6 mm',
      '–',
    ]);
    // 2.01 and 2.02 differ only at two decimals: the whole column gets them.
    expect(formatValues([1, 2.01, 2.02], 'count')).toEqual(['1.00', '2.01', '2.02']);
    expect(formatValues([], 'count')).toEqual([]);
    expect(formatValues([null], 'count')).toEqual(['–']);
  });
});
