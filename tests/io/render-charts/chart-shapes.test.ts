import fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import type { KpiChartInput, LeadLagChartInput } from '../../../src/charts/chart-data.ts';
import { kpiChartDrawing, kpiChartSpec } from '../../../src/charts/kpi-chart.ts';
import { leadLagChartDrawing, leadLagChartSpec } from '../../../src/charts/lead-lag-chart.ts';
import {
  renderWithShapes,
  shapeCounts,
  splitSpec,
} from '../../../src/io/render-charts/chart-shapes.ts';
import { renderSvg, renderSvgs } from '../../../src/io/render-charts/render-svg.ts';
import { day, kpiInput, periodEnds, points, svgTexts as texts } from '../../helpers/charts.ts';

/** KPI k of a family that shares one shape: same unit and parts, other readings and dates. */
function family(k: number, overrides: Partial<KpiChartInput> = {}): KpiChartInput {
  const n = 6 + ((k * 7) % 30);
  const values = Array.from({ length: n }, (_, i) => 100 + ((i * (k + 3)) % 17) * (k + 1) - k * 9);
  const series = points('2026-W01', values);
  return kpiInput({
    name: `KPI ${k}`,
    series,
    forecast: {
      from: series.at(-1)!,
      to: { day: day('2026-12-27'), value: 150 + k },
      band: { low: 120 + k, high: 190 + 2 * k },
    },
    target: { day: day('2026-12-27'), value: 200 + 10 * k },
    asOf: series.at(-1)!.day,
    ...overrides,
  });
}

/** Each spec rendered afresh and through the shapes, specs made anew for each (Vega keeps rows). */
async function both(make: () => TopLevelSpec): Promise<[string, string]> {
  return [await renderSvg(make()), (await renderWithShapes({ spec: make(), variants: [] }))[0]!];
}

describe('renderWithShapes', () => {
  it('gives the bytes of a fresh parse for every KPI of a shape, rendered in turn', async () => {
    const specs = Array.from({ length: 12 }, (_, k) => () => kpiChartSpec(family(k)));
    // One shape indeed: only rows, params and the description differ.
    expect(new Set(specs.map((make) => splitSpec(make()).shape)).size).toBe(1);
    const before = shapeCounts();
    for (const make of specs) {
      const [fresh, reused] = await both(make);
      expect(reused).toBe(fresh);
    }
    // Compiled once, then every chart re-ran the emptied View (none needed a fresh one).
    const after = shapeCounts();
    expect(after.compiled - before.compiled).toBe(1);
    expect(after.reused - before.reused).toBe(11);
    expect(after.fresh).toBe(before.fresh);
  });

  it('stays byte-identical when shapes interleave, for phones and for desktops', async () => {
    for (let k = 0; k < 8; k++) {
      const width = k % 2 === 0 ? 960 : 360;
      const [fresh, reused] = await both(() => kpiChartSpec(family(k, { width })));
      expect(reused).toBe(fresh);
    }
  });

  it('stays byte-identical whatever the readings (ticks that come back, gaps, ratios)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 1 }),
        async (values, gap) => {
          const dates = periodEnds('2026-W01', values.length + gap);
          // With `gap`, one period is missing before the last reading (the line breaks there).
          const series = values.map((value, i) => ({
            day: dates[i === values.length - 1 ? i + gap : i]!,
            value,
          }));
          const input = kpiInput({ unit: 'ratio', series, asOf: series.at(-1)!.day });
          const [fresh, reused] = await both(() => kpiChartSpec(input));
          expect(reused).toBe(fresh);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('renders concurrent charts of one shape one at a time, each as it would be alone', async () => {
    const made = Array.from({ length: 6 }, (_, k) => family(k + 20));
    const fresh = [];
    for (const input of made) fresh.push(await renderSvg(kpiChartSpec(input)));
    const reused = await Promise.all(
      made.map((input) => renderWithShapes({ spec: kpiChartSpec(input), variants: [] })),
    );
    expect(reused).toEqual(fresh.map((svg) => [svg]));
  });

  it('re-runs lead/lag charts of one cadence and width too, and empty charts afresh', async () => {
    const pair = (k: number, width: number) => () => leadLagChartSpec(pairInput(k, width));
    const before = shapeCounts();
    for (let k = 0; k < 6; k++) {
      const [fresh, reused] = await both(pair(k, k % 2 === 0 ? 720 : 360));
      expect(reused).toBe(fresh);
    }
    const after = shapeCounts();
    expect(after.compiled - before.compiled).toBe(2); // desktop and phone
    expect(after.reused - before.reused).toBe(4);
    const [fresh, reused] = await both(() =>
      kpiChartSpec(family(1, { series: [], forecast: null })),
    );
    expect(reused).toBe(fresh);
  });
});

describe('renderWithShapes with variants', () => {
  /** A desktop chart and its phone variant, the way plan-charts asks for them. */
  const drawing = (input: KpiChartInput) => kpiChartDrawing({ ...input, width: 960 }, 360);

  it('draws a phone variant as renderSvgs does, whatever the charts before it', async () => {
    const before = shapeCounts();
    for (let k = 0; k < 10; k++) {
      // Families of two shapes interleaved: every View is re-run after charts of other data.
      const input = family(k, k % 3 === 0 ? { triggerDays: [] } : {});
      const fresh = await renderSvgs(drawing(input));
      const reused = await renderWithShapes(drawing(input));
      expect(reused).toEqual(fresh);
      expect(reused).toHaveLength(2);
      expect(reused[1]).toMatch(/^<svg [^>]*width="360"/);
      // A lead/lag chart and its phone variant between them.
      const pairs = leadLagChartDrawing(pairInput(k, 720), 360);
      expect(await renderWithShapes(pairs)).toEqual(
        await renderSvgs(leadLagChartDrawing(pairInput(k, 720), 360)),
      );
    }
    expect(shapeCounts().fresh).toBe(before.fresh);
  });

  it("writes the phone variant's text as a chart made for the phone would", async () => {
    // Daily readings over three years: the desktop draws 445 of them, a phone's own chart 145.
    const daily = kpiInput({
      cadence: 'daily',
      series: Array.from({ length: 1100 }, (_, i) => ({
        day: day('2024-01-01') + i,
        value: 50 + ((i * 37) % 101) - (i % 365) / 9,
      })),
      plan: [],
      bands: [],
      target: null,
      forecast: null,
      asOf: day('2024-01-01') + 1099,
    });
    for (const input of [family(0), family(3), family(7), daily]) {
      const [, variant] = await renderWithShapes(drawing(input));
      const alone = await renderSvg(kpiChartSpec({ ...input, width: 360 }));
      // The same ticks, labels and legend (a variant draws the desktop's rows, denser). A tick
      // both sizes have keeps its place among the elements: the order may differ, not the text.
      expect(texts(variant!).sort()).toEqual(texts(alone).sort());
      expect(variant!.match(/viewBox="[^"]*"/)?.[0]).toBe(alone.match(/viewBox="[^"]*"/)?.[0]);
    }
  });

  it('stays byte-identical for variants whatever the readings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 60 }),
        async (values) => {
          const series = points('2026-W01', values);
          const input = kpiInput({ unit: 'percent', series, asOf: series.at(-1)!.day });
          expect(await renderWithShapes(drawing(input))).toEqual(await renderSvgs(drawing(input)));
        },
      ),
      { numRuns: 20 },
    );
  });
});

/** Lead/lag pair k of a family of one cadence: changes crossing zero, other names and stats. */
function pairInput(k: number, width: number): LeadLagChartInput {
  return {
    leadingName: `Leads ${k}`,
    laggingName: `Revenue of team ${k}`,
    lag: 1 + (k % 3),
    cadence: 'weekly',
    r: 0.5 - k / 10,
    n: 3 + k,
    p: 0.2,
    // Changes crossing zero: the y ticks run from negative to positive.
    pairs: periodEnds('2026-W01', 3 + k).map((d, i) => ({
      day: d,
      leading: ((i * (k + 2)) % 7) - 3,
      lagging: 3 - ((i * (k + 5)) % 5),
    })),
    width,
  };
}

describe('splitSpec', () => {
  it('keeps rows, param values and the description out of the shape', () => {
    const a = splitSpec(kpiChartSpec(family(1)));
    const b = splitSpec(kpiChartSpec(family(2)));
    expect(a.shape).toBe(b.shape);
    expect(a.shape).not.toContain('KPI 1');
    expect(Object.keys(a.datasets)).toContain('lines');
    expect(Object.keys(a.params)).toEqual(['x_domain', 'x_ticks']);
    expect(a.datasets['target']).not.toEqual(b.datasets['target']); // targets differ
    // Another unit writes its axis otherwise: another shape.
    expect(splitSpec(kpiChartSpec(family(1, { unit: 'currency:USD' }))).shape).not.toBe(a.shape);
  });
});
