import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { kpiChartSpec } from '../../src/charts/kpi-chart.ts';
import { kpiInput, layerNamed, layerNames, periodEnds, points, rowsOf } from '../helpers/charts.ts';

const bare = { plan: [], bands: [], target: null, forecast: null, triggerDates: [] };
const lineRows = (spec: ReturnType<typeof kpiChartSpec>, series: string) =>
  rowsOf(spec, 'lines', 'series', series);

describe('kpiChartSpec', () => {
  it('has every layer of the DESIGN brief: bands under lines, marks and rules on top', () => {
    expect(layerNames(kpiChartSpec(kpiInput()))).toEqual([
      'bands',
      'forecast-band',
      'lines',
      'latest',
      'target',
      'target-label',
      'triggers',
      'as-of',
      'as-of-label',
    ]);
  });

  it('draws exactly the plan points, dashed; the forecast dotted, the readings solid', () => {
    const spec = kpiChartSpec(kpiInput());
    expect(layerNamed(spec, 'lines').mark).toMatchObject({ type: 'line' });
    expect(lineRows(spec, 'Plan')).toEqual([
      { date: '2026-01-04', value: 120 },
      { date: '2026-03-08', value: 160 },
      { date: '2026-05-17', value: 200 },
    ]);
    const scale = layerNamed(spec, 'lines').encoding!['strokeDash']!['scale'] as {
      domain: string[];
      range: number[][];
    };
    expect(scale.range[scale.domain.indexOf('Plan')]).toEqual([6, 4]);
    expect(scale.range[scale.domain.indexOf('Forecast')]).toEqual([2, 3]);
    expect(scale.range[scale.domain.indexOf('Readings')]).toEqual([1, 0]);
  });

  it('fills the warning corridor and the critical strips from the band bounds', () => {
    const spec = kpiChartSpec(kpiInput());
    expect(layerNamed(spec, 'bands').mark).toMatchObject({ type: 'area' });
    const rows = (band: string) => rowsOf(spec, 'bands', 'band', band);
    expect(rows('corridor')[1]).toEqual({ date: '2026-03-08', low: 150, high: 170 });
    expect(rows('risk-low')[1]).toEqual({ date: '2026-03-08', low: 140, high: 150 });
    expect(rows('risk-high')[2]).toEqual({ date: '2026-05-17', low: 210, high: 220 });
    expect(rows('corridor')).toHaveLength(3);
    const infinite = kpiInput().bands.map((b) => ({ ...b, criticalHigh: Infinity }));
    expect(layerNames(kpiChartSpec(kpiInput({ bands: infinite })))).not.toContain('bands');
  });

  it('labels the target, draws the forecast from the latest reading, triggers and as-of', () => {
    const spec = kpiChartSpec(kpiInput());
    expect(layerNamed(spec, 'target').data.values).toEqual([{ date: '2026-05-17', value: 200 }]);
    expect(layerNamed(spec, 'target-label').data.values[0]!['text']).toBe('Target 200');
    expect(lineRows(spec, 'Forecast')).toEqual([
      { date: '2026-03-08', value: 152 },
      { date: '2026-05-17', value: 188 },
    ]);
    // The 80 % band: a wedge from the latest reading (no width) to 170..205 at the target date.
    expect(layerNamed(spec, 'forecast-band').mark).toMatchObject({ type: 'area' });
    expect(layerNamed(spec, 'forecast-band').data.values).toEqual([
      { date: '2026-03-08', low: 152, high: 152 },
      { date: '2026-05-17', low: 170, high: 205 },
    ]);
    const noBand = kpiInput({
      forecast: { ...kpiInput().forecast!, band: null },
    });
    expect(layerNames(kpiChartSpec(noBand))).not.toContain('forecast-band');
    expect(kpiChartSpec(noBand).description).toContain('forecast 188; at risk');
    const triggers = layerNamed(spec, 'triggers');
    expect(triggers.mark).toMatchObject({ type: 'rule' });
    expect(triggers.data.values).toEqual([{ date: '2026-01-25' }, { date: '2026-02-22' }]);
    expect(layerNamed(spec, 'as-of').mark).toMatchObject({ type: 'rule' });
    expect(layerNamed(spec, 'as-of').data.values).toEqual([{ date: '2026-03-08' }]);
  });

  it('leaves out what the KPI does not have', () => {
    const spec = kpiChartSpec(kpiInput(bare));
    expect(layerNames(spec)).toEqual(['lines', 'latest', 'as-of', 'as-of-label']);
    expect(lineRows(spec, 'Plan')).toEqual([]);
    const empty = kpiChartSpec(kpiInput({ ...bare, series: [] }));
    expect(layerNames(empty)).toEqual(['no-data', 'as-of', 'as-of-label']);
  });

  it('marks every reading when sparse, only the latest when dense', () => {
    const sparse = kpiChartSpec(kpiInput());
    expect(layerNamed(sparse, 'latest').data.values).toEqual(kpiInput().series);
    const many = points(
      '2025-01',
      Array.from({ length: 41 }, (_, i) => i),
    );
    const dense = kpiChartSpec(kpiInput({ ...bare, cadence: 'monthly', series: many }));
    expect(layerNamed(dense, 'latest').data.values).toEqual([many[40]]);
  });

  it('downsamples 1,800 daily readings for drawing, keeping first, last, max and min', () => {
    const values = Array.from({ length: 1800 }, (_, i) => Math.sin(i / 40) * 100 + i / 10);
    values[700] = 1000; // a spike LTTB must keep
    values[1234] = -500;
    const series = points('2021-01-01', values);
    const width = 400;
    const spec = kpiChartSpec(
      kpiInput({ ...bare, cadence: 'daily', series, asOf: series[1799]!.date, width }),
    );
    const drawn = lineRows(spec, 'Readings');
    expect(drawn.length).toBeLessThanOrEqual(2 * width);
    expect(drawn.length).toBeGreaterThan(width / 2);
    expect(drawn[0]).toEqual(series[0]);
    expect(drawn.at(-1)).toEqual(series[1799]);
    expect(drawn).toContainEqual(series[700]);
    expect(drawn).toContainEqual(series[1234]);
    const dates = drawn.map((d) => d['date'] as string);
    expect([...dates].sort()).toEqual(dates); // still in date order
    for (const row of drawn) expect(series).toContainEqual(row); // values never changed
  });

  it('breaks the line inside a run of missing periods instead of bridging it', () => {
    const dates = periodEnds('2026-01', 6);
    const series = [0, 1, 4, 5].map((i) => ({ date: dates[i]!, value: i }));
    const spec = kpiChartSpec(kpiInput({ ...bare, cadence: 'monthly', series }));
    expect(lineRows(spec, 'Readings').map((d) => [d['date'], d['value']])).toEqual([
      ['2026-01-31', 0],
      ['2026-02-28', 1],
      ['2026-03-01', null],
      ['2026-05-31', 4],
      ['2026-06-30', 5],
    ]);
  });

  it('titles the y-axis with the unit and formats numbers by unit', () => {
    const axis = (unit: string, scale = 1) => {
      const series = points(
        '2026-W01',
        [120, 130].map((v) => v * scale),
      );
      const spec = kpiChartSpec(kpiInput({ ...bare, unit, series }));
      const y = layerNamed(spec, 'lines').encoding!['y']!;
      return { ...(y['axis'] as object), locale: (spec.config as { locale?: unknown }).locale };
    };
    expect(axis('currency:USD')).toMatchObject({ title: 'USD', format: '$,~f' });
    expect(axis('currency:USD', 1000)).toMatchObject({ title: 'USD', format: '$~s' });
    expect(axis('currency:EUR')).toMatchObject({ locale: { number: { currency: ['€', ''] } } });
    expect(axis('percent')).toMatchObject({ title: 'Percent', labelExpr: "datum.label + ' %'" });
    expect(axis('count', 1000)).toMatchObject({ title: 'Count', format: '~s' });
    expect(axis('days')).toMatchObject({ title: 'Days', format: ',~f' });
    expect(axis('tickets per agent')).toMatchObject({ title: 'tickets per agent' });
  });

  it('formats the target label in the unit', () => {
    const label = (unit: string, value: number) =>
      layerNamed(
        kpiChartSpec(kpiInput({ unit, target: { date: '2026-05-17', value } })),
        'target-label',
      ).data.values[0]!['text'];
    expect(label('currency:USD', 1_250_000)).toBe('Target $1.3M');
    expect(label('currency:USD', 950)).toBe('Target $950');
    expect(label('percent', 12.5)).toBe('Target 12.5 %');
    expect(label('count', 48_200)).toBe('Target 48.2K');
    expect(label('days', 3.25)).toBe('Target 3.3 days');
  });

  it('formats x dates for the cadence', () => {
    type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
    const format = (cadence: Cadence, start: string) => {
      const series = points(start, [1, 2, 3, 4]);
      const spec = kpiChartSpec(kpiInput({ ...bare, cadence, series, asOf: series[3]!.date }));
      return (spec as { encoding: { x: { axis: { format: string } } } }).encoding.x.axis.format;
    };
    expect(format('daily', '2026-03-02')).toBe('%-d %b');
    expect(format('weekly', '2026-W09')).toBe('W%V');
    expect(format('monthly', '2026-03')).toBe('%b %Y');
    expect(format('quarterly', '2026-Q1')).toBe('Q%q %Y');
    expect(format('yearly', '2026')).toBe('%Y');
  });

  it('has no title, a description, the given width and a transparent background', () => {
    const spec = kpiChartSpec(kpiInput());
    expect('title' in spec).toBe(false);
    expect(spec.description).toBe(
      'Qualified leads, weekly, 2026: rising from 120 to 152; target 200 by W20 2026; forecast 188, 80 % band 170 to 205; at risk.',
    );
    expect(spec).toMatchObject({ width: 640, height: 240, background: 'transparent' });
  });

  it('compiles without Vega-Lite warnings', () => {
    const warnings: unknown[] = [];
    const logger = {
      level: () => logger,
      error: (...m: unknown[]) => (warnings.push(m), logger),
      warn: (...m: unknown[]) => (warnings.push(m), logger),
      info: () => logger,
      debug: () => logger,
    };
    for (const input of [kpiInput(), kpiInput(bare), kpiInput({ ...bare, series: [] })])
      compile(kpiChartSpec(input), { logger: logger as never });
    expect(warnings).toEqual([]);
  });
});
