import type { TopLevelSpec } from 'vega-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiChartSpec } from '../../../src/charts/kpi-chart.ts';
import { leadLagChartSpec } from '../../../src/charts/lead-lag-chart.ts';
import { renderSvg, roundTenth } from '../../../src/io/render-charts/render-svg.ts';
import {
  day,
  kpiInput,
  leadLagInput,
  points,
  svgTexts as texts,
  xmlProblems,
} from '../../helpers/charts.ts';

/** A chart Vega clips (clip paths are numbered by a process-wide counter). */
function clipped(n: number): TopLevelSpec {
  return {
    data: { values: Array.from({ length: n }, (_, i) => ({ x: i, y: (i * 7) % 5 })) },
    mark: { type: 'line', clip: true },
    encoding: {
      x: { field: 'x', type: 'quantitative', scale: { domain: [1, n - 2] } },
      y: { field: 'y', type: 'quantitative' },
    },
    width: 200,
    height: 100,
  };
}

/** Every y of every line (readings, plan, forecast) of a KPI chart's SVG, in the plot's coordinates. */
function lineYs(svg: string): number[] {
  const ys: number[] = [];
  for (const group of svg.matchAll(/class="mark-line role-mark lines_marks"[^>]*>(.*?)<\/g>/g))
    for (const d of group[1]!.matchAll(/ d="([^"]*)"/g))
      for (const xy of d[1]!.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)) ys.push(Number(xy[2]));
  return ys;
}

describe('renderSvg', () => {
  it('writes no label over the lines, on a desktop and on a phone', async () => {
    // The target sits at the top right, where the plan and forecast end: the old "Target" and
    // "as of" labels were crossed there. Labels are now the legend's, which the page writes above
    // the chart: the SVG's only texts are its axes'.
    for (const width of [960, 640, 360]) {
      const svg = await renderSvg(kpiChartSpec(kpiInput({ width })));
      const ys = lineYs(svg);
      expect(ys.length).toBeGreaterThan(10);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(svg).not.toMatch(/mark-text role-mark|role-legend/);
      expect(texts(svg)).not.toContain('Readings');
    }
  });

  it('renders a KPI chart to well-formed SVG with the axis title and an accessible name', async () => {
    const svg = await renderSvg(kpiChartSpec(kpiInput({ name: 'Leads <b> & "more"' })));
    expect(
      svg.startsWith('<svg role="img" aria-label="Leads &lt;b&gt; &amp; &quot;more&quot;, weekly'),
    ).toBe(true);
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)).toContain('Count');
    expect(svg).toContain('width="640" height="210"');
    // The caption is the page's (the site plan's), not carried on the SVG.
    expect(svg).not.toContain('data-caption');
    expect(svg).not.toMatch(/fill="(?:white|#fff|#ffffff)"/i); // no background: works on dark pages
  });

  it('writes the y-axis labels in the unit', async () => {
    const labels = async (unit: string, values: number[]) =>
      texts(
        await renderSvg(
          kpiChartSpec(
            kpiInput({
              unit,
              series: points('2026-W01', values),
              plan: [],
              bands: [],
              target: null,
              forecast: null,
            }),
          ),
        ),
      );
    expect(await labels('currency:USD', [40_000, 80_000])).toContain('$80K');
    expect(await labels('currency:EUR', [10, 20])).toContain('€20');
    expect(await labels('percent', [10, 20])).toContain('20 %');
    expect(await labels('count', [1e9, 3e9])).toContain('3B');
  });

  it('labels weekly ticks W09 and monthly ticks Mar 2026, on the period ends', async () => {
    const weekly = texts(await renderSvg(kpiChartSpec(kpiInput())));
    const weeks = weekly.filter((t) => t.startsWith('W'));
    expect(weeks.slice(0, 4)).toEqual(['W02', 'W04', 'W06', 'W08']); // ISO weeks of 2026, every 2nd
    const monthly = points('2026-01', [1, 2, 3, 4, 5, 6]);
    const m = texts(
      await renderSvg(
        kpiChartSpec(
          kpiInput({
            cadence: 'monthly',
            series: monthly,
            plan: [],
            bands: [],
            target: null,
            forecast: null,
            triggerDays: [],
            asOf: day('2026-06-30'),
          }),
        ),
      ),
    );
    expect(m).toEqual(expect.arrayContaining(['Jan 2026', 'Mar 2026', 'Jun 2026']));
  });

  it('renders the same bytes for the same spec, whatever was rendered before', async () => {
    const spec = kpiChartSpec(kpiInput());
    const first = await renderSvg(spec);
    await renderSvg(leadLagChartSpec(leadLagInput({ width: 300 })));
    await renderSvg(clipped(10));
    expect(await renderSvg(spec)).toBe(first);
  });

  it("draws a lead/lag chart's lines without a legend or their keys in the SVG", async () => {
    // The lines are keyed `leading` and `lagging` (every link's chart re-runs the same two
    // groups); the page's legend says which KPI each is (leadLagLegend).
    const svg = await renderSvg(
      leadLagChartSpec(
        leadLagInput({ leadingName: 'Rep\'s "hot" leads', laggingName: 'Revenue <net>', lag: 1 }),
      ),
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/role-legend|>(leading|lagging)</);
    expect(svg.match(/class="mark-line role-mark changes_marks"/g)).toHaveLength(2);
    expect(svg).toContain('stroke="#009E73"');
    expect(texts(svg)).toContain('Standardised change');
  });

  it('numbers clip paths per SVG, not by the process-wide counter', async () => {
    const a = await renderSvg(clipped(12));
    await renderSvg(clipped(15));
    await renderSvg(clipped(15));
    const again = await renderSvg(clipped(12));
    expect(again).toBe(a);
    const ids = [...a.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(id).toMatch(/^pl[0-9a-f]{10}-\d+$/);
      expect(a).toContain(`url(#${id})`);
    }
    // Different charts get different ids, so both can be inlined on one page.
    const other = await renderSvg(clipped(15));
    const otherIds = [...other.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!);
    expect(otherIds.some((id) => ids.includes(id))).toBe(false);
  });

  it('numbers gradients per SVG too', async () => {
    const gradient = (n: number): TopLevelSpec => ({
      data: { values: Array.from({ length: n }, (_, i) => ({ x: i, c: i * i })) },
      mark: 'point',
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        color: { field: 'c', type: 'quantitative' },
      },
    });
    const a = await renderSvg(gradient(5));
    await renderSvg(gradient(7));
    expect(await renderSvg(gradient(5))).toBe(a);
    expect(a).toMatch(/<linearGradient id="pl[0-9a-f]{10}-0"/);
    expect(a).toMatch(/fill="url\(#pl[0-9a-f]{10}-0\)"/);
  });
});

describe('roundTenth', () => {
  /** The reference: the double rounded to tenths, written by JavaScript. */
  const reference = (n: string) => String(Math.round(Number(n) * 10) / 10);

  it('writes what the rounded double writes, at ties, signs and every size', () => {
    for (const n of [
      '0.05',
      '-0.05',
      '-0.04',
      '1.25',
      '-1.25',
      '9.95',
      '99.99',
      '123.456',
      '-0.95',
    ])
      expect(roundTenth(n), n).toBe(reference(n));
    expect(roundTenth('-0.04')).toBe('0');
    expect(roundTenth('2.349')).toBe('2.3');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e16, max: 1e16, noNaN: true }),
          fc.double({ min: -10, max: 10, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((k) => (k + 0.5) / 100),
        ),
        (v) => {
          const n = v.toFixed(Math.abs(v) < 1e6 ? 6 : 2);
          expect(roundTenth(n), n).toBe(reference(n));
        },
      ),
      { numRuns: 50_000 },
    );
  });
});
