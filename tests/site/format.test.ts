import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatPeriodLabel,
  formatValue,
  trendText,
  unitName,
} from '../../src/site/lib/format.ts';
import { renderMarkdown } from '../../src/site/lib/markdown.ts';

describe('unitName', () => {
  it.each([
    ['currency:USD', 'US Dollar (USD)'],
    ['currency:eur', 'Euro (EUR)'],
    // A well-formed code no currency has: the code alone, never "undefined".
    ['currency:XQQ', 'XQQ'],
    ['percent', 'percentage points'],
    ['days', 'days'],
    ['Punkte ☺', 'Punkte ☺'],
    ['', ''],
  ])('writes %j as %j', (unit, name) => {
    expect(unitName(unit)).toBe(name);
  });

  it('writes the code of a currency and the word percent when short', () => {
    expect(unitName('currency:gbp', { short: true })).toBe('GBP');
    expect(unitName('percent', { short: true })).toBe('percent');
    expect(unitName('days', { short: true })).toBe('days');
  });
});

describe('formatValue', () => {
  it.each([
    [1234.5, 'count', {}, '1,235'],
    [12.34, 'percent', {}, '12.3 %'],
    [59_400_000, 'currency:USD', { compact: true }, '$59.4M'],
    [59_400_000, 'currency:USD', {}, '$59,400,000'],
    [9.17, 'currency:USD', {}, '$9.17'],
    [3.25, 'days', {}, '3.3 days'],
    [0.0412, 'ratio', {}, '0.041'],
    [null, 'count', {}, '–'],
  ] as const)('formats %d %s as %s', (value, unit, options, text) => {
    expect(formatValue(value, unit, options)).toBe(text);
  });
});

describe('words', () => {
  it('writes signed percents and trend rates with a real minus sign', () => {
    expect(formatPercent(-0.0712, 0)).toBe('−7 %');
    expect(formatPercent(0.042)).toBe('+4.2 %');
    expect(formatPercent(0)).toBe('0 %');
    const falling = trendText({
      trend: { slope: -0.631, p: 0.001, direction: 'worsening', n: 12 },
      unit: 'percent',
      cadence: 'weekly',
    });
    expect(falling).toEqual({ arrow: '↓', words: 'worsening, significant, −0.631 % per week' });
    const rising = trendText({
      trend: { slope: 2, p: 0.2, direction: 'flat', n: 12 },
      unit: 'count',
      cadence: 'monthly',
    });
    expect(rising).toEqual({ arrow: '↑', words: 'no significant trend (+2 per month, p = 0.20)' });
  });

  it('labels periods for people', () => {
    expect(formatPeriodLabel('2026-W09')).toBe('W09 2026');
    expect(formatPeriodLabel('2026-03')).toBe('Mar 2026');
    expect(formatPeriodLabel('2026-Q1')).toBe('Q1 2026');
    expect(formatPeriodLabel('2026')).toBe('2026');
    expect(formatPeriodLabel('2026-03-02')).toBe('2 Mar 2026');
  });
});

describe('renderMarkdown', () => {
  it('keeps formatting and safe links, drops raw HTML, scripts, images and javascript: links', () => {
    expect(renderMarkdown('Hello **world** <script>alert(1)</script>')).toBe(
      '<p>Hello <strong>world</strong> alert(1)</p>',
    );
    expect(
      renderMarkdown('[x](javascript:alert(1)) [y](https://a.b) [z](/rel) ![i](http://evil/x.png)'),
    ).toBe('<p><a>x</a> <a href="https://a.b">y</a> <a href="/rel">z</a> </p>');
    expect(renderMarkdown('a <b onclick="x">b</b> <iframe src="https://evil"></iframe>')).toBe(
      '<p>a b </p>',
    );
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(null)).toBe('');
  });
});

describe('edge values', () => {
  it('writes negative zero as 0 and tiny or huge values readably', () => {
    expect(formatValue(-0, 'score')).toBe('0');
    expect(formatValue(-1e6, 'score')).toBe('-1,000,000');
    expect(formatValue(-1e6, 'score', { compact: true })).toBe('-1M');
    expect(formatValue(3.5e-7, 'score')).toBe('0');
  });
});
