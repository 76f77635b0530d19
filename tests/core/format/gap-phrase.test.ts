/** Gaps in the reader's terms; each expected text worked out by hand beside it. */
import { describe, expect, it } from 'vitest';
import { gapPhrase } from '../../../src/core/format/gap-phrase.ts';
import {
  fixedNumber,
  formatSignedPercent,
  formatSignedValue,
  formatValueChange,
  roughNumber,
} from '../../../src/core/format/signed.ts';

describe('gapPhrase', () => {
  it.each([
    // Lower is better, above plan: (291 − 201) / 201 = 44.8 % → 45 %, worse.
    [291, 201, 'count', 'down', {}, '45 % above plan (worse)'],
    // (285 − 80) / 80 = 256.25 %.
    [285, 80, 'mm', 'down', {}, '256 % above plan (worse)'],
    // Lower is better, below plan: (200 − 180) / 200 = 10 %.
    [180, 200, 'count', 'down', {}, '10 % below plan (better)'],
    // A percent KPI's gap is in points: 97 − 90 = 7.
    [90, 97, 'percent', 'up', {}, '7 points short'],
    [98, 97, 'percent', 'up', {}, '1 point above plan'],
    // Points at the pair's digits, raised until not zero: 90.41 − 90.4 = 0.01.
    [90.4, 90.41, 'percent', 'up', {}, '0.01 points short'],
    // (4.65 − 4.6) / 4.65 = 1.075 % → 1.1 %.
    [4.6, 4.65, 'count', 'up', {}, '1.1 % short'],
    // (4.04 − 4) / 4 = 1 %, hours lower is better.
    [4.04, 4, 'hours', 'down', {}, '1 % above plan (worse)'],
    // (59,469,565 − 59,374,274) / 59,469,565 = 0.16 % → one significant digit, 0.2 %.
    [59_374_274, 59_469_565, 'currency:USD', 'up', {}, '0.2 % short'],
    // Higher is better, above: (120 − 100) / 100.
    [120, 100, 'count', 'up', {}, '20 % above plan'],
    // Aimed at a value: any side is worse. (52 − 50) / 50 = 4 %.
    [52, 50, 'score', 'target', { against: 'target' }, '4 % above target (worse)'],
    [48, 50, 'score', 'target', {}, '4 % below plan (worse)'],
    [40, 50, 'count', 'up', { against: 'target' }, '20 % short of target'],
    // A plan of zero has no relative gap: the amount in the unit.
    [1200, 0, 'currency:USD', 'down', {}, '$1,200 above plan (worse)'],
    [-3, 0, 'hours', 'up', {}, '3 hours short'],
    // Equal, or equal to 12 significant digits.
    [196, 196, 'count', 'up', {}, 'on plan'],
    [196, 196.00000000000003, 'count', 'down', { against: 'target' }, 'on target'],
    // A negative plan: the gap is relative to its size. (−80 − −100) / 100 = 20 %, above.
    [-80, -100, 'currency:USD', 'up', {}, '20 % above plan'],
  ] as const)('%d vs %d %s (%s) reads %j', (actual, reference, unit, direction, options, text) => {
    expect(gapPhrase(actual, reference, unit, direction, options)).toBe(text);
  });
});

describe('signed numbers', () => {
  it('writes percents by size, never 0 % for a change that is not zero', () => {
    expect(roughNumber(44.78)).toBe('45');
    expect(roughNumber(7.46)).toBe('7.5');
    expect(roughNumber(1.0)).toBe('1');
    expect(roughNumber(0.16)).toBe('0.2');
    expect(roughNumber(0.0042)).toBe('0.004');
    expect(roughNumber(-0.0042)).toBe('−0.004');
    expect(roughNumber(0)).toBe('0');
  });

  it('signs changes with + and a real minus', () => {
    expect(formatSignedPercent(-0.0712, { digits: 0 })).toBe('−7 %');
    expect(formatSignedPercent(0.042)).toBe('+4.2 %');
    expect(formatSignedPercent(0)).toBe('0 %');
    expect(formatSignedPercent(-0.0016)).toBe('−0.2 %');
    // Rounds to zero at the digits asked: no sign.
    expect(formatSignedPercent(-0.001, { digits: 0 })).toBe('0 %');
    expect(formatSignedPercent(null)).toBe('–');
    expect(formatSignedValue(-0.631, 'percent')).toBe('−0.631 %');
    expect(formatSignedValue(2, 'count')).toBe('+2');
    expect(formatSignedValue(1200, 'currency:USD')).toBe('+$1,200');
    expect(formatSignedValue(0.0001, 'count')).toBe('0');
    expect(formatSignedValue(null, 'count')).toBe('–');
  });

  it('writes a percent KPI’s changes in points', () => {
    expect(formatValueChange(0.02, 'percent')).toBe('+0.02 points');
    expect(formatValueChange(-1, 'percent')).toBe('−1 point');
    expect(formatValueChange(0.0001, 'percent')).toBe('0 points');
    expect(formatValueChange(null, 'percent')).toBe('–');
    expect(formatValueChange(-1200, 'currency:USD')).toBe('−$1,200');
  });

  it('writes statistics at fixed decimals with a real minus, never −0.00', () => {
    expect(fixedNumber(-1, 2)).toBe('−1.00');
    expect(fixedNumber(0.456, 2)).toBe('0.46');
    expect(fixedNumber(-0.001, 2)).toBe('0.00');
    expect(fixedNumber(-0.4, 0)).toBe('0');
  });
});
