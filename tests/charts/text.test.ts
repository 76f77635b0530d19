import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/charts/date-label.ts';
import { escapeXml } from '../../src/charts/escape-xml.ts';
import { formatUnitValue } from '../../src/charts/format-unit-value.ts';
import { day } from '../helpers/charts.ts';

describe('escapeXml', () => {
  it('escapes markup, drops forbidden control characters and mends lone surrogates', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(escapeXml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
    expect(escapeXml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('formatUnitValue', () => {
  it('writes values as the pages do', () => {
    expect(formatUnitValue(1234.5, 'currency:USD')).toBe('$1,235');
    expect(formatUnitValue(12.345, 'currency:usd')).toBe('$12.35');
    expect(formatUnitValue(2_500_000, 'currency:EUR')).toBe('€2.5M');
    expect(formatUnitValue(12.5, 'percent')).toBe('12.5 %');
    expect(formatUnitValue(1234, 'count')).toBe('1,234');
    expect(formatUnitValue(0.1234, 'ratio')).toBe('0.123');
    expect(formatUnitValue(3.2, 'days')).toBe('3.2 days');
    expect(formatUnitValue(Number.NaN, 'count')).toBe('–');
  });
});

describe('dateLabel', () => {
  it('names the period a period-end date stands for', () => {
    expect(dateLabel(day('2026-03-02'), 'daily')).toBe('2 Mar 2026');
    expect(dateLabel(day('2026-03-01'), 'weekly')).toBe('W09 2026');
    expect(dateLabel(day('2027-01-03'), 'weekly')).toBe('W53 2026');
    expect(dateLabel(day('2026-03-31'), 'monthly')).toBe('Mar 2026');
    expect(dateLabel(day('2026-06-30'), 'quarterly')).toBe('Q2 2026');
    expect(dateLabel(day('2026-12-31'), 'yearly')).toBe('2026');
  });
});
