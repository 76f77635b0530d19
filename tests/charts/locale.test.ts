/** The site's locale (strategy.yaml `locale:`) for numbers and dates, on pages and charts alike. */
import { afterEach, describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/charts/date-label.ts';
import { formatUnitValue } from '../../src/charts/format-unit-value.ts';
import { currentLocale, setLocale } from '../../src/charts/locale.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { formatDate, formatPercent, unitName } from '../../src/site/lib/format.ts';
import { day } from '../helpers/charts.ts';
import { projectFiles, strategyYaml } from '../helpers/project-files.ts';

afterEach(() => setLocale('en-US'));

const NBSP = '\u00a0';

describe('the site locale', () => {
  it('is en-US by default, as the site always wrote', () => {
    expect(currentLocale()).toBe('en-US');
    expect(formatUnitValue(150_000, 'currency:USD', { compact: false })).toBe('$150,000');
    expect(formatUnitValue(12.5, 'percent')).toBe('12.5 %');
    expect(dateLabel(day('2026-03-02'), 'daily')).toBe('2 Mar 2026');
    expect(dateLabel(day('2026-03-31'), 'monthly')).toBe('Mar 2026');
    expect(formatDate('2026-03-02')).toBe('2 Mar 2026');
  });

  it('de-DE: decimal comma, dot for thousands, the euro after the number, German months', () => {
    setLocale('de-DE');
    // Written by hand from German conventions (CLDR puts a no-break space before the symbol).
    expect(formatUnitValue(1_234_567, 'count', { compact: false })).toBe('1.234.567');
    expect(formatUnitValue(12.5, 'percent')).toBe('12,5 %');
    expect(formatUnitValue(150_000, 'currency:EUR', { compact: false })).toBe(`150.000${NBSP}€`);
    expect(formatUnitValue(3.5, 'days')).toBe('3,5 days');
    expect(dateLabel(day('2026-03-02'), 'daily')).toBe('2. März 2026');
    expect(dateLabel(day('2026-03-31'), 'monthly')).toBe('März 2026');
    expect(dateLabel(day('2026-03-31'), 'quarterly')).toBe('Q1 2026');
    expect(formatDate('2026-12-24')).toBe('24. Dez. 2026');
    expect(formatPercent(0.042)).toBe('+4,2 %');
    expect(unitName('currency:EUR')).toBe('Euro (EUR)');
  });

  it('falls back to en-US for a tag Intl does not know', () => {
    setLocale('xx-XX');
    expect(currentLocale()).toBe('en-US');
  });

  it('comes from strategy.yaml into the model, en-US when absent', () => {
    const asOf = parseDay('2026-11-24')!;
    expect(computeProject(projectFiles(), asOf).model.locale).toBe('en-US');
    const german = strategyYaml().replace(
      'organization: Acme\n',
      'organization: Acme\nlocale: de-DE\n',
    );
    const computed = computeProject(projectFiles({ 'strategy.yaml': german }), asOf);
    expect(computed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(computed.model.locale).toBe('de-DE');
    const bad = strategyYaml().replace(
      'organization: Acme\n',
      'organization: Acme\nlocale: German\n',
    );
    const errors = computeProject(projectFiles({ 'strategy.yaml': bad }), asOf).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    expect(errors.map((d) => [d.file, d.line])).toEqual([['strategy.yaml', 2]]);
  });
});
