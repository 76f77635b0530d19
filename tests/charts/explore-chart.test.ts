/**
 * The "Explore" chart's spec: every reading from the CSV the site serves, the plan dashed, drawn
 * in the page's own colours (transparent, ink in currentColor) so it reads in dark mode too.
 */
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { exploreChartSpec } from '../../src/charts/explore-chart.ts';

const input = (plan: { day: number; value: number }[]) => ({
  name: 'Net revenue',
  unit: 'EUR',
  csvUrl: '/repo/data/net-revenue.csv',
  plan,
});

describe('exploreChartSpec', () => {
  it('is transparent, with its ink in the page’s colour, and compiles', () => {
    const spec = exploreChartSpec(input([{ day: 20_000, value: 5 }]));
    expect(spec).toMatchObject({ background: 'transparent', width: 'container', height: 320 });
    const vg = compile(spec).spec;
    expect(vg.background).toBe('transparent');
    expect(JSON.stringify(vg)).toContain('"currentColor"');
    expect(() => vega.parse(vg)).not.toThrow();
  });

  it('loads the readings from the served CSV and draws the plan only when there is one', () => {
    const withPlan = exploreChartSpec(input([{ day: 20_000, value: 5 }])) as {
      layer: { name: string; data: { url?: string; values?: unknown[] } }[];
    };
    expect(withPlan.layer.map((l) => l.name)).toEqual(['readings', 'plan']);
    expect(withPlan.layer[0]!.data.url).toBe('/repo/data/net-revenue.csv');
    // Day 20,000 after 1970-01-01 is 2024-10-04, at midnight UTC.
    expect(withPlan.layer[1]!.data.values).toEqual([{ date: Date.UTC(2024, 9, 4), value: 5 }]);
    const without = exploreChartSpec(input([])) as { layer: { name: string }[] };
    expect(without.layer.map((l) => l.name)).toEqual(['readings']);
  });
});
