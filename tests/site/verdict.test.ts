/**
 * The pages' sentences about a KPI — verdict, gap, forecast, stale, chart summary — on KPIs
 * computed by the real pipeline; expected texts worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeProject } from '../../src/core/pipeline.ts';
import type { KpiJson } from '../../src/core/model/model.ts';
import { parseDay } from '../../src/core/period/period.ts';
import {
  chartSummary,
  forecastText,
  formatPair,
  formatThreshold,
  formatValues,
  gapText,
  kpiComparison,
  kpiGapText,
  staleText,
  verdict,
} from '../../src/site/lib/format.ts';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';

/** The `revenue` KPI of the test organisation with these fields and readings, as of a date. */
function kpiOf(fields: Record<string, unknown>, csv: string, asOf = '2026-04-15'): KpiJson {
  const files = projectFiles({
    'metrics/revenue.yaml': metricYaml({ name: 'Revenue', objectives: ['grow-sales'], ...fields }),
    'metrics/revenue.csv': csv,
  });
  const kpi = computeProject(files, parseDay(asOf)!).model.kpis.find((k) => k.id === 'revenue');
  return kpi!;
}

/** A plan flat at `value` through 2026 (baseline at the end of 2025, target at the end of 2026). */
const flatPlan = (value: number) => ({
  baseline: { value, date: '2025-12-31' },
  target: { value, date: '2026-12-31' },
});

const monthly = (values: readonly number[]) =>
  `date,value\n${values.map((v, i) => `2026-${String(i + 1).padStart(2, '0')},${v}`).join('\n')}\n`;

describe('verdict', () => {
  it('phrases a lower-is-better KPI above plan as worse, with no sign to decode', () => {
    // Flat plan of 201 (baseline and target 201); March reads 291: (291 − 201) / 201 = 44.8 %.
    const kpi = kpiOf(
      {
        unit: 'count',
        direction: 'down',
        ...flatPlan(201),
      },
      monthly([250, 270, 291]),
    );
    expect(verdict(kpi)).toBe('Off track: 291 vs 201 planned, 45 % above plan (worse)');
    expect(kpiGapText(kpi)).toBe('45 % above plan (worse)');
    expect(kpiComparison(kpi)).toBe('291 vs 201 planned, 45 % above plan (worse)');
    expect(kpiComparison({ ...kpi, planned: null })).toBeNull();
  });

  it('gives a percent KPI its gap in points', () => {
    const kpi = kpiOf(
      {
        unit: 'percent',
        ...flatPlan(97),
      },
      monthly([95, 92, 90]),
    );
    // 97 − 90 = 7 points; gap −7 / 97 = −7.2 % is beyond the 5 % warning, within 10 %.
    expect(verdict(kpi)).toBe('At risk: 90 % vs 97 % planned, 7 points short');
  });

  it('shows the digits that tell actual and plan apart, compact money at a sensible size', () => {
    const hours = kpiOf(
      {
        unit: 'hours',
        direction: 'down',
        ...flatPlan(4),
      },
      monthly([4.1, 4.05, 4.04]),
    );
    expect(verdict(hours)).toBe(
      'On track: 4.04 hours vs 4.00 hours planned, 1 % above plan (worse)',
    );
    const money = kpiOf(
      {
        unit: 'currency:USD',
        ...flatPlan(59_469_565),
      },
      monthly([59_000_000, 59_100_000, 59_374_274]),
    );
    // (59,469,565 − 59,374,274) / 59,469,565 = 0.16 % → "0.2 % short".
    expect(verdict(money)).toBe('On track: $59.4M vs $59.5M planned, 0.2 % short');
  });

  it('never compacts a unit with a scale word', () => {
    const jobs = kpiOf(
      {
        unit: 'thousand jobs',
        ...flatPlan(142_000),
      },
      monthly([142_500, 142_900, 143_100]),
    );
    // (143,100 − 142,000) / 142,000 = 0.77 % → one significant digit, 0.8 %.
    expect(verdict(jobs)).toBe(
      'On track: 143,100 thousand jobs vs 142,000 thousand jobs planned, 0.8 % above plan',
    );
  });

  it('says a retired KPI is retired, never stale or on track', () => {
    const kpi = kpiOf(
      {
        status: 'retired',
        retired: { date: '2026-02-28', reason: 'Replaced' },
        ...flatPlan(100),
      },
      monthly([100, 120]),
      '2027-06-30',
    );
    expect(verdict(kpi)).toBe('Retired on 28 Feb 2026; last reading 120 (Feb 2026)');
    expect(staleText(kpi)).toBeNull();
    expect(chartSummary(kpi, { date: '2026-01-31', value: 100 })).toMatch(/; retired\.$/);
  });

  it('says stale first for an active KPI gone quiet', () => {
    const kpi = kpiOf({ ...flatPlan(100) }, monthly([100, 104]), '2026-06-15');
    // Feb is the last reading; Mar, Apr and May ended before 15 Jun: 3 months overdue.
    expect(verdict(kpi)).toBe('Stale — On track: 104 vs 100 planned, 4 % above plan');
    expect(staleText(kpi)).toBe('Stale: last reading Feb 2026, 3 months overdue');
  });
});

describe('forecastText', () => {
  const base = { unit: 'count', forecast: null, target: { value: 200, date: '2026-12-31' } };
  it('writes forecast, band and target with one precision and a real minus sign', () => {
    const forecast = {
      date: '2026-12-31',
      value: 386,
      low: 301.4,
      high: 452,
      probability: 0.1,
      n: 12,
    };
    expect(forecastText({ ...base, forecast })).toBe('Forecast 386, 80 % band 301 to 452');
    expect(
      forecastText({
        ...base,
        unit: 'currency:USD',
        forecast: { ...forecast, value: -3154, low: -4000, high: -2000 },
      }),
    ).toBe('Forecast −$3,154, 80 % band −$4,000 to −$2,000');
  });

  it('never forecasts a count below zero', () => {
    const forecast = {
      date: '2026-12-31',
      value: -3154,
      low: -5000,
      high: 40,
      probability: 0.1,
      n: 12,
    };
    expect(forecastText({ ...base, forecast })).toBe(
      'Forecast 0 (the trend line falls below zero), 80 % band 0 to 40',
    );
    expect(forecastText({ ...base, forecast: { ...forecast, low: null, high: null } })).toBe(
      'Forecast 0 (the trend line falls below zero), no 80 % band yet (fewer than 9 backtests)',
    );
    expect(forecastText({ ...base, target: null, forecast })).toBeNull();
    expect(forecastText(base)).toBeNull();
  });
});

describe('pairs, columns, gaps and thresholds', () => {
  it('are the core format in the site’s locale', () => {
    expect(formatPair(4.6, 4.65, 'count')).toEqual(['4.60', '4.65']);
    expect(formatValues([4.6, null, 4.65], 'count')).toEqual(['4.60', '–', '4.65']);
    expect(gapText(285, 80, { unit: 'mm', direction: 'down' })).toBe('256 % above plan (worse)');
    expect(gapText(40, 50, { unit: 'count', direction: 'up' }, { against: 'target' })).toBe(
      '20 % short of target',
    );
    expect(formatThreshold({ kind: 'percent', value: 0.07 }, 'count')).toBe('7 %');
    expect(formatThreshold({ kind: 'absolute', value: 12 }, 'currency:USD')).toBe('$12.00');
  });
});
