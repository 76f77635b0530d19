import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  leadLagChartDrawing,
  leadLagChartSpec,
  leadLagLegend,
  leadLagTitle,
} from '../../src/charts/lead-lag-chart.ts';
import { legendSymbolSvg } from '../../src/charts/chart-legend.ts';
import { layerNamed, leadLagInput as input, paramOf, periodEnds } from '../helpers/charts.ts';

describe('leadLagChartSpec', () => {
  it("puts r, n and p in the title the page writes, and no title in the chart's SVG", () => {
    expect(leadLagTitle(input())).toEqual({
      text: 'Qualified leads → Revenue: r = 0.82, n = 4, p = 0.042',
      subtitle: 'Standardised changes per week; leading KPI moved 2 weeks later',
    });
    expect(leadLagTitle(input({ p: 0.00001, r: -0.5 })).text).toBe(
      'Qualified leads → Revenue: r = −0.50, n = 4, p < 0.001',
    );
    expect(leadLagTitle(input({ r: null, p: null })).text).toContain('r = –, n = 4, p = –');
    expect(leadLagTitle(input({ seasonal: true, lag: 0, cadence: 'monthly' })).subtitle).toBe(
      'Standardised changes per month, less their period-of-year means; leading KPI moved same month',
    );
    expect('title' in leadLagChartSpec(input())).toBe(false);
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
    expect(leadLagTitle(input({ cadence: 'daily', lag: 0, n, pairs })).text).toContain(`n = ${n},`);
  });

  it('tells the series apart by dash as well as colour, and compiles cleanly', () => {
    const spec = leadLagChartSpec(input({ lag: 1, cadence: 'monthly', pairs: [] }));
    const enc = layerNamed(spec, 'changes').encoding!;
    // Colour and dash share the series' keys, the same in every link (a param: links of one shape
    // compile once, and their lines re-run Vega's dataflow for the same two groups); the legend,
    // the page's, names the KPIs.
    expect(enc['strokeDash']!['scale']).toMatchObject({
      domain: { expr: 'series_keys' },
      range: [
        [6, 3],
        [1, 0],
      ],
    });
    expect(enc['color']!['scale']).toMatchObject({
      domain: { expr: 'series_keys' },
      range: ['#009E73', 'currentColor'],
    });
    expect(paramOf(spec, 'series_keys')).toEqual(['leading', 'lagging']);
    expect(JSON.stringify(compile(spec).spec)).not.toContain('"legends"');
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

  it('draws a phone version as tall as the desktop one: the page wraps the title and legend', () => {
    const wide = leadLagChartSpec(input({ width: 720 }));
    const narrow = leadLagChartSpec(input({ width: 360 }));
    expect(narrow).toMatchObject({ width: 360, height: (wide as { height: number }).height });
  });

  it('has a legend for the page: the leading KPI with its shift, dashed green, then the lagging one', () => {
    const legend = leadLagLegend(
      input({ leadingName: 'Rep\'s "hot" leads', laggingName: 'Revenue <net>', lag: 2 }),
    );
    expect(legend.map((e) => e.label)).toEqual([
      `Rep's "hot" leads (2 weeks earlier)`,
      'Revenue <net>',
    ]);
    // The symbols are the chart's lines: 1.75 px, green 6-3 dashes, then ink and solid.
    expect(legendSymbolSvg(legend[0]!)).toContain(
      '<path d="M1,6H23" fill="none" stroke="#009E73" stroke-width="1.75" stroke-dasharray="6,3"/>',
    );
    expect(legendSymbolSvg(legend[1]!)).toContain(
      'stroke="currentColor" stroke-width="1.75" stroke-dasharray="1,0"',
    );
    expect(leadLagLegend({ ...input(), lag: 0 })[0]!.label).toBe('Qualified leads (same week)');
  });

  it("draws the phone's chart from the desktop's spec with what a 360 px spec sets", () => {
    const wide = leadLagChartSpec(input({ width: 720 }));
    const narrow = leadLagChartSpec(input({ width: 360 }));
    const { spec, variants } = leadLagChartDrawing(input({ width: 720 }), 360);
    expect(spec).toEqual(wide);
    const [variant] = variants;
    expect(variant).toMatchObject({ width: 360, height: (narrow as { height: number }).height });
    // Every param but the shared ones takes the narrow spec's value.
    expect(variant!.params).toEqual({ x_ticks: paramOf(narrow, 'x_ticks') });
    expect(paramOf(narrow, 'series_keys')).toEqual(paramOf(wide, 'series_keys'));
    expect(paramOf(narrow, 'x_domain')).toEqual(paramOf(wide, 'x_domain'));
  });
});
