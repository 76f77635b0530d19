import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatPeriodLabel,
  formatValue,
  trendsFlagged,
  trendText,
  unitName,
} from '../../src/site/lib/format.ts';
import { forecastWords, targetOutlook } from '../../src/core/analytics/forecast-words.ts';
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
  // The rules are the core's (tests/core/format); here, that the pages get them: full numbers
  // unless compact is asked for, and the same text as the core in the site's locale.
  it('writes in full unless asked to compact', () => {
    expect(formatValue(59_400_000, 'currency:USD')).toBe('$59,400,000');
    expect(formatValue(59_400_000, 'currency:USD', { compact: true })).toBe('$59.4M');
    expect(formatValue(142_000, 'thousand jobs', { compact: true })).toBe('142,000 thousand jobs');
    expect(formatValue(null, 'count')).toBe('–');
  });
});

describe('words', () => {
  it('writes signed percents and trend rates with a real minus sign', () => {
    expect(formatPercent(-0.0712, 0)).toBe('−7 %');
    expect(formatPercent(0.042)).toBe('+4.2 %');
    expect(formatPercent(0)).toBe('0 %');
    const t = { q: null, seasonal: false, n: 12 };
    const falling = trendText({
      trend: { ...t, slope: -0.631, p: 0.001, q: 0.004, direction: 'worsening' },
      unit: 'percent',
      cadence: 'weekly',
    });
    expect(falling).toEqual({
      arrow: '↓',
      words:
        'worsening, significant (−0.631 points per week, p = 0.001, q = 0.004; seasonality could not be ruled out (less than two years of history))',
    });
    const rising = trendText({
      trend: { ...t, slope: 2, p: 0.2, q: 0.45, direction: 'flat' },
      unit: 'count',
      cadence: 'daily',
    });
    // Not significant: the arrow does not point where the words do not go.
    expect(rising).toEqual({
      arrow: '→',
      words: 'no significant trend (+2 per day, p = 0.2, q = 0.45)',
    });
    // "flat" (no test) with a falling slope: never "↓ flat".
    expect(
      trendText({
        trend: { ...t, slope: -3, p: null, direction: 'flat' },
        unit: 'count',
        cadence: 'weekly',
      }),
    ).toEqual({ arrow: '→', words: 'flat' });
  });

  it('says "significant" only with q < 0.1, and how seasons were compared', () => {
    const base = { slope: 1.5, p: 0.0004, seasonal: true, n: 36 };
    const seasonal = trendText({
      trend: { ...base, q: 0.0996, direction: 'improving' },
      unit: 'count',
      cadence: 'monthly',
    });
    expect(seasonal.words).toBe(
      'improving, significant (+1.5 per month, p < 0.001, q < 0.1; seasonal test)',
    );
    // A small p with q ≥ 0.1 (many KPIs tested) is not significant.
    const notSignificant = trendText({
      trend: { ...base, q: 0.12, direction: 'flat' },
      unit: 'count',
      cadence: 'quarterly',
    });
    expect(notSignificant.words).toMatch(/^no significant trend \(/);
    expect(notSignificant.words).not.toMatch(/, significant/);
    // Not among the organisation's active KPIs: p without q, never significant.
    const retired = trendText({
      trend: { ...base, q: null, direction: 'flat' },
      unit: 'count',
      cadence: 'weekly',
    });
    expect(retired.words).toBe('no significant trend (+1.5 per week, p < 0.001; seasonal test)');
    expect(
      trendText({
        trend: { ...base, slope: null, p: null, q: null, direction: 'flat' },
        unit: 'count',
        cadence: 'weekly',
      }),
    ).toEqual({ arrow: '→', words: 'not enough readings for a trend' });
  });

  it('counts flagged trends and those expected by chance', () => {
    const kpi = (
      p: number | null,
      q: number | null,
      lifecycle: 'active' | 'retired' = 'active',
    ) => ({
      lifecycle,
      trend: { slope: 1, p, q, seasonal: false, direction: 'flat' as const, n: 12 },
    });
    // Flagged: q < 0.1. Expected: 4 tested here × the threshold 0.01 = 0.04 (the retired and the
    // untested KPI do not count), written to one significant digit: never "about 0.0".
    const scope = [
      kpi(0.001, 0.02),
      kpi(0.01, 0.09),
      kpi(0.3, 0.5),
      kpi(0.5, 0.6),
      kpi(0.001, null, 'retired'),
      kpi(null, null),
    ];
    expect(trendsFlagged(scope, 0.01)).toEqual({
      flagged: 2,
      tested: 4,
      expected: 0.04,
      text: '2 trends flagged among 4 KPIs tested, about 0.04 expected by chance',
    });
    expect(trendsFlagged([kpi(0.001, 0.02)], 0.02).text).toBe(
      '1 trend flagged among 1 KPI tested, about 0.02 expected by chance',
    );
    expect(trendsFlagged(scope.slice(2), null).text).toBe('No trend flagged among 2 KPIs tested');
    expect(trendsFlagged([], null).text).toBe('No trend flagged among 0 KPIs tested');
    const many = Array.from({ length: 400 }, (_, i) => kpi(i / 400, i < 100 ? 0.05 : 0.5));
    expect(trendsFlagged(many, 0.06).text).toBe(
      '100 trends flagged among 400 KPIs tested, about 24 expected by chance',
    );
  });
});

describe('forecastWords', () => {
  it.each([
    [0.72, 'Likely to meet (72 %)'],
    [0.7, 'Likely to meet (70 %)'],
    [0.6999, 'Uncertain (70 %)'],
    [0.48, 'Uncertain (48 %)'],
    [0.3001, 'Uncertain (30 %)'],
    [0.3, 'Unlikely to meet (30 %)'],
    [0.15, 'Unlikely to meet (15 %)'],
    // Never 0 % or 100 % in words, even when a long backtest rounds there.
    [0.999, 'Likely to meet (99 %)'],
    [0.002, 'Unlikely to meet (1 %)'],
  ])('words %d as %s', (p, text) => {
    expect(forecastWords(p)).toBe(text);
  });

  it('sorts probabilities into three outlooks', () => {
    expect([0.9, 0.5, 0.1].map(targetOutlook)).toEqual(['likely', 'uncertain', 'unlikely']);
  });
});

describe('period words', () => {
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
    expect(formatValue(-1e6, 'score')).toBe('−1,000,000');
    expect(formatValue(-1e6, 'score', { compact: true })).toBe('−1M');
    expect(formatValue(3.5e-7, 'score')).toBe('0');
  });
});
