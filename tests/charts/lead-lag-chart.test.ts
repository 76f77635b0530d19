import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { leadLagChartDrawing, leadLagChartSpec } from '../../src/charts/lead-lag-chart.ts';
import {
  layerNamed,
  leadLagInput as input,
  paramOf,
  periodEnds,
  titleOf,
} from '../helpers/charts.ts';

describe('leadLagChartSpec', () => {
  it('puts r, n and p in the title', () => {
    const spec = leadLagChartSpec(input());
    expect(titleOf(spec)).toMatchObject({
      text: 'Qualified leads → Revenue: r = 0.82, n = 4, p = 0.042',
    });
    expect(titleOf(leadLagChartSpec(input({ p: 0.00001, r: -0.5 })))).toMatchObject({
      text: 'Qualified leads → Revenue: r = −0.50, n = 4, p < 0.001',
    });
    expect(titleOf(leadLagChartSpec(input({ r: null, p: null })))).toMatchObject({
      text: expect.stringContaining('r = –, n = 4, p = –'),
    });
  });

  it('draws both series of changes standardised, aligned at the lagging dates', () => {
    const values = layerNamed(leadLagChartSpec(input()), 'changes').data.values;
    const of = (s: string) => values.filter((v) => v['series'] === s);
    // leading 2,4,6,8: mean 5, population sd √5 → (−3, −1, 1, 3)/√5
    const z = [-3, -1, 1, 3].map((d) => Math.round((d / Math.sqrt(5)) * 1e4) / 1e4);
    expect(of('leading').map((v) => v['value'])).toEqual(z);
    // lagging 100,300,200,400: mean 250, sd √12500 → (−150, 50, −50, 150)/111.803
    expect(of('lagging').map((v) => v['value'])).toEqual([-1.3416, 0.4472, -0.4472, 1.3416]);
    expect(of('lagging').map((v) => v['date'])).toEqual(
      periodEnds('2026-W03', 4).map((d) => d * 86_400_000),
    );
    expect(of('leading').map((v) => v['date'])).toEqual(
      periodEnds('2026-W03', 4).map((d) => d * 86_400_000),
    );
  });

  it('draws a long daily pair with at most half a point per px per line, standardised over all pairs', () => {
    const n = 1800;
    const start = Date.UTC(2021, 0, 1) / 86_400_000;
    /** Epoch milliseconds of pair i's day, as the spec writes dates. */
    const date = (i: number) => (start + i) * 86_400_000;
    // A sawtooth with one spike: the spike must survive downsampling, at its exact z-score.
    const lead = Array.from({ length: n }, (_, i) => (i === 900 ? 500 : i % 7));
    const pairs = lead.map((x, i) => ({ day: start + i, leading: x, lagging: -x }));
    const spec = leadLagChartSpec(input({ cadence: 'daily', lag: 0, n, pairs, width: 350 }));
    const values = layerNamed(spec, 'changes').data.values;
    const of = (s: string) => values.filter((v) => v['series'] === s);
    const leadLine = of('leading');
    // 350 px wide, 50 px of y axis: 150 points per line at most, first and last kept.
    expect(leadLine.length).toBeLessThanOrEqual(150);
    expect(leadLine.length).toBeGreaterThan(125);
    expect(of('lagging')).toHaveLength(leadLine.length);
    expect(leadLine[0]!['date']).toBe(Date.UTC(2021, 0, 1));
    expect(leadLine.at(-1)!['date']).toBe(date(n - 1));
    // The spike's z over all 1,800 pairs, by hand: mean and population sd of the whole series.
    const mean = lead.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(lead.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    const spike = leadLine.find((v) => v['date'] === date(900));
    expect(spike?.['value']).toBe(Math.round(((500 - mean) / sd) * 1e4) / 1e4);
    expect(of('lagging').find((v) => v['date'] === date(900))?.['value']).toBe(
      -(spike!['value'] as number),
    );
    // The title still counts every pair.
    // (350 px is a phone's chart: the title is wrapped into lines.)
    const text = [titleOf(spec).text].flat().join(' ');
    expect(text).toContain(`n = ${n},`);
  });

  it('tells the series apart by dash as well as colour, and compiles cleanly', () => {
    const spec = leadLagChartSpec(input({ lag: 1, cadence: 'monthly', pairs: [] }));
    const enc = layerNamed(spec, 'changes').encoding!;
    // Colour and dash share the series' keys, the same in every link (a param: links of one shape
    // compile once, and their lines re-run Vega's dataflow for the same two groups); the legend
    // labels them with the KPIs' names.
    expect(enc['strokeDash']!['scale']).toMatchObject({ domain: { expr: 'series_keys' } });
    expect(enc['color']!['scale']).toMatchObject({ domain: { expr: 'series_keys' } });
    expect(paramOf(spec, 'series_keys')).toEqual(['leading', 'lagging']);
    expect(paramOf(spec, 'series_names')).toEqual(['Qualified leads (1 month earlier)', 'Revenue']);
    const warnings: unknown[] = [];
    const logger = {
      level: () => logger,
      error: (m: unknown) => (warnings.push(m), logger),
      warn: (m: unknown) => (warnings.push(m), logger),
      info: () => logger,
      debug: () => logger,
    };
    compile(leadLagChartSpec(input()), { logger: logger as never });
    expect(warnings).toEqual([]);
  });

  it('draws a phone version: title and subtitle wrapped to the width, legend stacked', () => {
    const wide = leadLagChartSpec(input({ width: 720 }));
    const narrow = leadLagChartSpec(input({ width: 360 }));
    const title = titleOf(narrow) as { text: string[]; subtitle: string[] };
    // 360 px hold 54 characters of the 12 px title: every line fits and nothing is lost.
    expect(title.text.every((line) => line.length <= 54)).toBe(true);
    expect(title.text.join(' ')).toBe('Qualified leads → Revenue: r = 0.82, n = 4, p = 0.042');
    expect(title.subtitle.length).toBeGreaterThan(1);
    expect(title.subtitle.join(' ')).toBe(titleOf(wide).subtitle);
    // The legend's columns are a param: one row on a desktop (0: unlimited), stacked on a phone.
    const legend = layerNamed(wide, 'changes').encoding!['color']!['legend'];
    expect(legend).toMatchObject({ direction: 'horizontal', columns: { expr: 'legend_columns' } });
    expect(paramOf(narrow, 'legend_columns')).toBe(1);
    expect(paramOf(wide, 'legend_columns')).toBe(0);
    expect((narrow as { height: number }).height).toBeGreaterThan(
      (wide as { height: number }).height,
    );
  });

  it("draws the phone's chart from the desktop's spec with what a 360 px spec sets", () => {
    const wide = leadLagChartSpec(input({ width: 720 }));
    const narrow = leadLagChartSpec(input({ width: 360 }));
    const { spec, variants } = leadLagChartDrawing(input({ width: 720 }), 360);
    expect(spec).toEqual(wide);
    const [variant] = variants;
    expect(variant).toMatchObject({ width: 360, height: (narrow as { height: number }).height });
    // Every param but the shared ones takes the narrow spec's value.
    for (const name of ['title_text', 'subtitle_text', 'x_ticks', 'legend_columns', 'title_limit'])
      expect(variant!.params[name], name).toEqual(paramOf(narrow, name));
    expect(Object.keys(variant!.params).sort()).toEqual([
      'legend_columns',
      'subtitle_text',
      'title_limit',
      'title_text',
      'x_ticks',
    ]);
    expect(paramOf(narrow, 'series_names')).toEqual(paramOf(wide, 'series_names'));
    expect(paramOf(narrow, 'x_domain')).toEqual(paramOf(wide, 'x_domain'));
  });
});
