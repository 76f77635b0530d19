import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { kpiChartDrawing, kpiChartSpec } from '../../src/charts/kpi-chart.ts';
import { legendSymbolSvg } from '../../src/charts/chart-legend.ts';
import { kpiChartLegend } from '../../src/charts/kpi-chart-legend.ts';
import {
  day,
  kpiInput,
  layerNamed,
  layerNames,
  periodEnds,
  points,
  rowsOf,
} from '../helpers/charts.ts';

/** A date as the spec writes it: epoch milliseconds. */
const at = (date: string) => day(date) * 86_400_000;

const bare = { plan: [], bands: [], target: null, forecast: null, triggerDays: [] };
const lineRows = (spec: ReturnType<typeof kpiChartSpec>, series: string) =>
  rowsOf(spec, 'lines', 'series', series);

/** The value of one of the spec's top-level params. */
function param(spec: ReturnType<typeof kpiChartSpec>, name: string): unknown {
  const params = (spec as { params: { name: string; value: unknown }[] }).params;
  return params.find((p) => p.name === name)!.value;
}

/** The legend's labels by part, as the page writes them above the chart. */
function legendLabels(input: Parameters<typeof kpiChartLegend>[0]): Record<string, string> {
  return Object.fromEntries(kpiChartLegend(input).map((e) => [e.part, e.label]));
}

describe('kpiChartSpec', () => {
  it('has every layer of the DESIGN brief: bands under lines, marks and rules on top', () => {
    expect(layerNames(kpiChartSpec(kpiInput()))).toEqual([
      'bands',
      'forecast-band',
      'lines',
      'latest',
      'target',
      'triggers',
      'as-of',
    ]);
  });

  it('draws exactly the plan points, dashed; the forecast dotted, the readings solid', () => {
    const spec = kpiChartSpec(kpiInput());
    expect(layerNamed(spec, 'lines').mark).toMatchObject({ type: 'line' });
    expect(lineRows(spec, 'Plan')).toEqual([
      { date: at('2026-01-04'), value: 120 },
      { date: at('2026-03-08'), value: 160 },
      { date: at('2026-05-17'), value: 200 },
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
    expect(rows('corridor')[1]).toEqual({ date: at('2026-03-08'), low: 150, high: 170 });
    expect(rows('risk-low')[1]).toEqual({ date: at('2026-03-08'), low: 140, high: 150 });
    expect(rows('risk-high')[2]).toEqual({ date: at('2026-05-17'), low: 210, high: 220 });
    expect(rows('corridor')).toHaveLength(3);
    const infinite = kpiInput().bands.map((b) => ({ ...b, criticalHigh: Infinity }));
    expect(layerNames(kpiChartSpec(kpiInput({ bands: infinite })))).not.toContain('bands');
  });

  it('labels the target, draws the forecast from the latest reading, triggers and as-of', () => {
    const spec = kpiChartSpec(kpiInput());
    expect(layerNamed(spec, 'target').data.values).toEqual([
      { date: at('2026-05-17'), value: 200 },
    ]);
    expect(lineRows(spec, 'Forecast')).toEqual([
      { date: at('2026-03-08'), value: 152 },
      { date: at('2026-05-17'), value: 188 },
    ]);
    // The 80 % band: a wedge from the latest reading (no width) to 170..205 at the target date.
    expect(layerNamed(spec, 'forecast-band').mark).toMatchObject({ type: 'area' });
    expect(layerNamed(spec, 'forecast-band').data.values).toEqual([
      { date: at('2026-03-08'), low: 152, high: 152 },
      { date: at('2026-05-17'), low: 170, high: 205 },
    ]);
    const noBand = kpiInput({
      forecast: { ...kpiInput().forecast!, band: null },
    });
    expect(layerNames(kpiChartSpec(noBand))).not.toContain('forecast-band');
    expect(kpiChartSpec(noBand).description).toContain('forecast 188; at risk');
    const triggers = layerNamed(spec, 'triggers');
    expect(triggers.mark).toMatchObject({ type: 'rule' });
    expect(triggers.data.values).toEqual([{ date: at('2026-01-25') }, { date: at('2026-02-22') }]);
    expect(layerNamed(spec, 'as-of').mark).toMatchObject({ type: 'rule' });
    expect(layerNamed(spec, 'as-of').data.values).toEqual([{ date: at('2026-03-08') }]);
  });

  it('leaves out what the KPI does not have', () => {
    const spec = kpiChartSpec(kpiInput(bare));
    expect(layerNames(spec)).toEqual(['lines', 'latest', 'as-of']);
    expect(lineRows(spec, 'Plan')).toEqual([]);
    const empty = kpiChartSpec(kpiInput({ ...bare, series: [] }));
    expect(layerNames(empty)).toEqual(['no-data', 'as-of']);
  });

  it('marks every reading when sparse, only the latest when dense', () => {
    const sparse = kpiChartSpec(kpiInput());
    expect(layerNamed(sparse, 'latest').data.values).toEqual(
      kpiInput().series.map((p) => ({ date: p.day * 86_400_000, value: p.value })),
    );
    const many = points(
      '2025-01',
      Array.from({ length: 41 }, (_, i) => i),
    );
    const dense = kpiChartSpec(kpiInput({ ...bare, cadence: 'monthly', series: many }));
    expect(layerNamed(dense, 'latest').data.values).toEqual([
      { date: many[40]!.day * 86_400_000, value: 40 },
    ]);
  });

  it('downsamples 1,800 daily readings for drawing, keeping first, last, max and min', () => {
    const values = Array.from({ length: 1800 }, (_, i) => Math.sin(i / 40) * 100 + i / 10);
    values[700] = 1000; // a spike LTTB must keep
    values[1234] = -500;
    const series = points('2021-01-01', values);
    const width = 400;
    const spec = kpiChartSpec(
      kpiInput({ ...bare, cadence: 'daily', series, asOf: series[1799]!.day, width }),
    );
    const drawn = lineRows(spec, 'Readings').map((r) => ({
      day: (r['date'] as number) / 86_400_000,
      value: r['value'],
    }));
    // Half a point per px of the plot (the width less the y axis's 70 px): 165 points, give or
    // take the forced ones (first, last, max, min).
    expect(drawn.length).toBeLessThanOrEqual(Math.floor((width - 70) / 2));
    expect(drawn.length).toBeGreaterThan((width - 70) / 2 - 5);
    expect(drawn[0]).toEqual(series[0]);
    expect(drawn.at(-1)).toEqual(series[1799]);
    expect(drawn).toContainEqual(series[700]);
    expect(drawn).toContainEqual(series[1234]);
    const days = drawn.map((d) => d.day);
    expect([...days].sort((a, b) => a - b)).toEqual(days); // still in date order
    for (const row of drawn) expect(series).toContainEqual(row); // values never changed
  });

  it('breaks the line inside a run of missing periods instead of bridging it', () => {
    const dates = periodEnds('2026-01', 6);
    const series = [0, 1, 4, 5].map((i) => ({ day: dates[i]!, value: i }));
    const spec = kpiChartSpec(kpiInput({ ...bare, cadence: 'monthly', series }));
    expect(lineRows(spec, 'Readings').map((d) => [d['date'], d['value']])).toEqual([
      [at('2026-01-31'), 0],
      [at('2026-02-28'), 1],
      [at('2026-03-01'), null],
      [at('2026-05-31'), 4],
      [at('2026-06-30'), 5],
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

  it('writes the target in the unit in the legend', () => {
    const label = (unit: string, value: number) =>
      legendLabels(kpiInput({ unit, target: { day: day('2026-05-17'), value } }))['target'];
    expect(label('currency:USD', 1_250_000)).toBe('Target $1.3M');
    expect(label('currency:USD', 950)).toBe('Target $950');
    expect(label('percent', 12.5)).toBe('Target 12.5 %');
    expect(label('count', 48_200)).toBe('Target 48.2K');
    expect(label('days', 3.25)).toBe('Target 3.3 days');
  });

  it('has one legend with an entry per drawn part: the lines, bands, target, firings, as-of', () => {
    expect(legendLabels(kpiInput())).toEqual({
      readings: 'Readings',
      plan: 'Plan',
      forecast: 'Forecast',
      'forecast-band': 'Forecast 80 % band',
      target: 'Target 200',
      'on-track-range': 'On-track range',
      'at-risk-range': 'At-risk range',
      triggers: 'Trigger fired',
      'as-of': 'As of 8 Mar 2026',
    });
    // Nothing but readings and the as-of day for a KPI without a plan; no lines without readings.
    expect(legendLabels(kpiInput(bare))).toEqual({
      readings: 'Readings',
      'as-of': 'As of 8 Mar 2026',
    });
    expect(Object.keys(legendLabels(kpiInput({ ...bare, series: [] })))).toEqual(['as-of']);
    // A one-sided KPI whose warning and critical bounds coincide has no at-risk strip.
    const flat = kpiInput().bands.map((b) => ({
      ...b,
      criticalLow: b.warningLow,
      criticalHigh: b.warningHigh,
    }));
    expect(Object.keys(legendLabels(kpiInput({ bands: flat })))).not.toContain('at-risk-range');
  });

  it('draws no text inside the plot: labels live in the legend the page writes above it', () => {
    for (const input of [kpiInput(), kpiInput({ width: 360 }), kpiInput(bare)]) {
      const spec = kpiChartSpec(input);
      const texts = layerNames(spec).filter(
        (name) => (layerNamed(spec, name).mark as { type?: string }).type === 'text',
      );
      expect(texts).toEqual([]);
    }
  });

  it('has no legend in the SVG, and one height at every width', () => {
    for (const width of [960, 640, 360]) {
      const spec = kpiChartSpec(kpiInput({ width }));
      const compiled = JSON.stringify(compile(spec).spec);
      expect(compiled).not.toContain('"legends"');
      expect(spec).toMatchObject({ width, height: 210 });
      expect((spec as { params: { name: string }[] }).params.map((p) => p.name)).toEqual([
        'x_domain',
        'x_ticks',
      ]);
    }
  });

  it("draws each legend symbol as the chart draws its part, in the page's ink", () => {
    const symbols = Object.fromEntries(
      kpiChartLegend(kpiInput()).map((e) => [e.part, legendSymbolSvg(e)]),
    );
    // The readings' 2 px solid line, the plan's 6-4 and the forecast's 2-3 dashes (LINE_DASH).
    expect(symbols['readings']).toContain(
      'stroke="currentColor" stroke-width="2" stroke-dasharray="1,0"',
    );
    expect(symbols['plan']).toContain('stroke-width="1.5" stroke-dasharray="6,4"');
    expect(symbols['forecast']).toContain('stroke-dasharray="2,3"');
    // Bands as swatches of their colours at the chart's 0.2 opacity; the target a diamond.
    expect(symbols['on-track-range']).toContain(
      '<rect x="1" y="2" width="22" height="8" fill="#0072B2" fill-opacity="0.2"',
    );
    expect(symbols['at-risk-range']).toContain('fill="#E69F00" fill-opacity="0.2"');
    expect(symbols['forecast-band']).toContain(
      'fill="currentColor" fill-opacity="0.12" stroke="transparent"',
    );
    expect(symbols['target']).toContain('<path d="M12,1L17,6L12,11L7,6Z" fill="currentColor"/>');
    // Firings a vermillion tick, the as-of day a dashed one.
    expect(symbols['triggers']).toContain('<path d="M12,0V12" fill="none" stroke="#D55E00"');
    expect(symbols['as-of']).toContain(
      'stroke="currentColor" stroke-width="2" stroke-dasharray="2,2"',
    );
    for (const svg of Object.values(symbols))
      expect(svg).toMatch(
        /^<svg class="legend-symbol" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">.*<\/svg>$/,
      );
  });

  it("draws the phone's chart from the desktop's spec with the narrow spec's size, ticks and columns", () => {
    for (const input of [
      kpiInput(),
      kpiInput({ series: points('2026-W01', [5]), ...bare }),
      kpiInput({
        cadence: 'daily',
        series: Array.from({ length: 900 }, (_, i) => ({
          day: day('2024-01-01') + i,
          value: i % 37,
        })),
        ...bare,
      }),
    ]) {
      const wide = kpiChartSpec({ ...input, width: 960 });
      const narrow = kpiChartSpec({ ...input, width: 360 });
      const { spec, variants } = kpiChartDrawing({ ...input, width: 960 }, 360);
      expect(spec).toEqual(wide);
      // What a spec made for 360 px sets, the variant sets on the wide chart's View.
      expect(variants).toEqual([
        {
          width: 360,
          height: (narrow as { height: number }).height,
          params: { x_ticks: param(narrow, 'x_ticks') },
        },
      ]);
      // Everything else the narrow spec sets is the wide one's (its rows are drawn denser).
      expect(param(narrow, 'x_domain')).toEqual(param(wide, 'x_domain'));
    }
  });

  it('never draws the forecast of a count below zero', () => {
    const input = kpiInput({
      unit: 'count',
      series: points('2026-W01', [30, 20, 10, 5]),
      forecast: {
        from: { day: periodEnds('2026-W01', 4)[3]!, value: 5 },
        to: { day: day('2026-05-17'), value: -12 },
        band: { low: -30, high: 4 },
      },
    });
    const spec = kpiChartSpec(input);
    expect(lineRows(spec, 'Forecast')[1]).toEqual({ date: at('2026-05-17'), value: 0 });
    expect(layerNamed(spec, 'forecast-band').data.values[1]).toEqual({
      date: at('2026-05-17'),
      low: 0,
      high: 4,
    });
    expect(spec.description).toContain('forecast 0, 80 % band 0 to 4');
    // A currency can go below zero: drawn as forecast, with a minus sign in words.
    const money = kpiChartSpec({ ...input, unit: 'currency:USD' });
    expect(lineRows(money, 'Forecast')[1]).toEqual({ date: at('2026-05-17'), value: -12 });
    expect(money.description).toMatch(/forecast −\$12(\.00)?, 80 % band −\$30(\.00)? to \$4/);
  });

  it('formats x dates for the cadence', () => {
    type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
    const format = (cadence: Cadence, start: string) => {
      const series = points(start, [1, 2, 3, 4]);
      const spec = kpiChartSpec(kpiInput({ ...bare, cadence, series, asOf: series[3]!.day }));
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
    expect(spec).toMatchObject({ width: 640, height: 210, background: 'transparent' });
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
    for (const input of [
      kpiInput(),
      kpiInput({ width: 360 }),
      kpiInput(bare),
      kpiInput({ ...bare, series: [] }),
    ])
      compile(kpiChartSpec(input), { logger: logger as never });
    expect(warnings).toEqual([]);
  });
});
