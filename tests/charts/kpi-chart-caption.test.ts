import { describe, expect, it } from 'vitest';
import { kpiChartCaption } from '../../src/charts/kpi-chart-caption.ts';
import { kpiInput } from '../helpers/charts.ts';

const bare = { plan: [], bands: [], target: null, forecast: null, triggerDays: [] };

describe('kpiChartCaption', () => {
  it('lists every part a full chart draws, in the legend order', () => {
    expect(kpiChartCaption(kpiInput())).toBe(
      'Qualified leads per week (count): readings, plan (dashed) with its on-track range and at-risk range, target, forecast (dotted) with its 80 % band (shaded), trigger firings and the as-of date.',
    );
  });

  it('names no plan, band, target, forecast or firing the chart does not draw', () => {
    const caption = kpiChartCaption(kpiInput(bare));
    expect(caption).toBe('Qualified leads per week (count): readings and the as-of date.');
    for (const absent of ['plan', 'range', 'target', 'forecast', 'band', 'trigger'])
      expect(caption).not.toContain(absent);
    const noBand = kpiInput({ forecast: { ...kpiInput().forecast!, band: null } });
    expect(kpiChartCaption(noBand)).toContain('target, forecast (dotted), trigger firings');
    expect(kpiChartCaption(kpiInput({ ...bare, series: [] }))).toBe(
      'Qualified leads per week (count): the as-of date (no readings yet).',
    );
  });

  it('does not say the period twice: "Monthly precipitation (mm)", not "… per month"', () => {
    const rain = kpiInput({
      ...bare,
      name: 'Monthly precipitation',
      unit: 'mm',
      cadence: 'monthly',
    });
    expect(kpiChartCaption(rain)).toBe('Monthly precipitation (mm): readings and the as-of date.');
    const perDay = kpiInput({ ...bare, name: 'Orders', unit: 'orders per day', cadence: 'daily' });
    expect(kpiChartCaption(perDay)).toMatch(/^Orders \(orders per day\): /);
    const revenue = kpiInput({
      ...bare,
      name: 'Revenue',
      unit: 'currency:EUR',
      cadence: 'quarterly',
    });
    expect(kpiChartCaption(revenue)).toMatch(/^Revenue per quarter \(EUR\): /);
  });
});
