import { createHash } from 'node:crypto';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { kpiChartDrawing, kpiChartSpec } from '../../../src/charts/kpi-chart.ts';
import type { ChartJob } from '../../../src/charts/chart-data.ts';
import {
  IN_FLIGHT_PER_THREAD,
  openChartRenderer,
  renderCharts,
  startChartWorkers,
} from '../../../src/io/render-charts/chart-pool.ts';
import { warmUpDrawing } from '../../../src/charts/warm-up-chart.ts';
import { renderSvg, renderSvgs } from '../../../src/io/render-charts/render-svg.ts';
import { kpiInput, points } from '../../helpers/charts.ts';
import { cleanupsAfterEach, tempProject } from '../../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

const specs: TopLevelSpec[] = Array.from({ length: 10 }, (_, k) =>
  kpiChartSpec(
    kpiInput({
      name: `KPI ${k}`,
      series: points(
        '2026-W01',
        Array.from({ length: 8 + k }, (_, i) => 100 + i * k),
      ),
    }),
  ),
);
const keyOf = (spec: TopLevelSpec) =>
  createHash('sha256').update(JSON.stringify(spec)).digest('hex');

/** Jobs over the specs; `made` records the order in which their specs were asked for. */
function jobsOf(made: number[] = []): ChartJob[] {
  return specs.map((spec, k) => ({
    keys: [keyOf(spec)],
    drawing: () => {
      made.push(k);
      return { spec, variants: [] };
    },
  }));
}

async function tempCache() {
  const t = await tempProject({});
  defer(t.cleanup);
  return path.join(t.dir, 'charts');
}

describe('renderCharts', () => {
  it('gives the same SVGs on two threads as on one, and as renderSvg', async () => {
    const jobs = jobsOf();
    const one = await renderCharts(jobs, { threads: 1 });
    const two = await renderCharts(jobs, { threads: 2 });
    expect([...two.svgs.keys()]).toEqual(jobs.map((j) => j.keys[0]));
    expect(two.svgs).toEqual(one.svgs);
    expect(one.svgs.get(jobs[3]!.keys[0])).toBe(await renderSvg(specs[3]!));
    expect([one.rendered, one.cached, two.rendered, two.cached]).toEqual([10, 0, 10, 0]);
  }, 60_000);

  it('renders misses, then serves them from the cache byte for byte', async () => {
    const cacheDir = await tempCache();
    const cold = await renderCharts(jobsOf(), { cacheDir, threads: 2 });
    const made: number[] = [];
    const warm = await renderCharts(jobsOf(made), { cacheDir, threads: 2 });
    expect([cold.rendered, cold.cached]).toEqual([10, 0]);
    expect([warm.rendered, warm.cached]).toEqual([0, 10]);
    expect(made).toEqual([]); // no spec is even made for a cached chart
    expect(warm.svgs).toEqual(cold.svgs);
  }, 60_000);

  it('renders a key once however many jobs share it', async () => {
    const made: number[] = [];
    const [a] = jobsOf(made);
    const out = await renderCharts([a!, a!, a!], { threads: 1 });
    expect(made).toEqual([0]);
    expect([out.rendered, out.cached]).toEqual([1, 0]);
  });
});

describe('a job with a variant', () => {
  /** Desktop and phone charts of three KPIs, each pair one job, keyed by content. */
  function pairJobs(made: number[] = []): ChartJob[] {
    return [0, 1, 2].map((k) => {
      const drawing = () =>
        kpiChartDrawing(
          kpiInput({ name: `KPI ${k}`, series: points('2026-W01', [90 + k, 95, 99 - k]) }),
          360,
        );
      const keys = [0, 1].map((i) =>
        createHash('sha256')
          .update(`${JSON.stringify(drawing())} ${i}`)
          .digest('hex'),
      );
      return {
        keys: [keys[0]!, keys[1]!],
        drawing: () => {
          made.push(k);
          return drawing();
        },
      };
    });
  }

  it('draws both charts of a job once, whichever is asked for first, on one or two threads', async () => {
    for (const threads of [1, 2]) {
      const made: number[] = [];
      const jobs = pairJobs(made);
      const charts = await openChartRenderer(jobs, { threads });
      const narrow = await charts.svg(jobs[1]!.keys[1]!);
      const wide = await charts.svg(jobs[1]!.keys[0]);
      expect([wide, narrow]).toEqual(await renderSvgs(jobs[1]!.drawing()));
      expect(narrow).toMatch(/^<svg [^>]*width="360"/);
      for (const job of jobs) for (const key of job.keys) await charts.svg(key);
      expect(await charts.close()).toEqual({ rendered: 6, cached: 0 });
      // Each job's drawing was made once to draw it (twice more above, by the test).
      expect(made.filter((k) => k === 1)).toHaveLength(2);
    }
  }, 60_000);

  it('caches both charts of a job and serves them without drawing', async () => {
    const cacheDir = await tempCache();
    const cold = await renderCharts(pairJobs(), { cacheDir, threads: 2 });
    const made: number[] = [];
    const warm = await renderCharts(pairJobs(made), { cacheDir, threads: 2 });
    expect([cold.rendered, cold.cached, warm.rendered, warm.cached]).toEqual([6, 0, 0, 6]);
    expect(made).toEqual([]);
    expect(warm.svgs).toEqual(cold.svgs);
    expect(warm.svgs.size).toBe(6);
  }, 60_000);
});

describe('openChartRenderer', () => {
  it('draws a chart asked for ahead of the queue', async () => {
    const made: number[] = [];
    // More jobs than two threads keep in flight (the specs over again, under keys of their own).
    const window = 2 * IN_FLIGHT_PER_THREAD;
    const count = window + 6;
    const jobs: ChartJob[] = Array.from({ length: count }, (_, k) => ({
      keys: [createHash('sha256').update(`${k}`).digest('hex')],
      drawing: () => {
        made.push(k);
        return { spec: specs[k % specs.length]!, variants: [] };
      },
    }));
    const charts = await openChartRenderer(jobs, { threads: 2 });
    // Charts 0 to window − 1 went first, then the one asked for.
    const asked = count - 2;
    const last = await charts.svg(jobs[asked]!.keys[0]);
    expect(made.slice(0, window + 1)).toEqual([
      ...Array.from({ length: window }, (_, k) => k),
      asked,
    ]);
    expect(last).toBe(await renderSvg(specs[asked % specs.length]!));
    expect(await charts.close()).toEqual({ rendered: count, cached: 0 });
    expect([...made].sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, k) => k));
  }, 60_000);

  it('in one thread, draws only what is asked for', async () => {
    const made: number[] = [];
    const jobs = jobsOf(made);
    const charts = await openChartRenderer(jobs, { threads: 1 });
    expect(await charts.svg(jobs[4]!.keys[0])).toBe(await renderSvg(specs[4]!));
    expect(await charts.svg(jobs[4]!.keys[0])).toBe(await renderSvg(specs[4]!));
    expect(await charts.close()).toEqual({ rendered: 1, cached: 0 });
    expect(made).toEqual([4]);
  });

  it('rejects a key no job has', async () => {
    const charts = await openChartRenderer(jobsOf(), { threads: 1 });
    await expect(charts.svg('f'.repeat(64))).rejects.toThrow(/No chart with key f{64}/);
    await charts.close();
  });
});

describe('startChartWorkers', () => {
  it('starts workers that a renderer takes over, draws with and stops', async () => {
    const workers = startChartWorkers(2)!;
    expect(workers.threads).toBe(2);
    expect(workers.pool.threads).toHaveLength(2);
    const jobs = jobsOf();
    const renderer = await openChartRenderer(jobs, { workers });
    const svgs = await Promise.all(jobs.map((job) => renderer.svg(job.keys[0])));
    expect(await renderer.close()).toEqual({ rendered: 10, cached: 0 });
    expect(svgs[4]).toBe(await renderSvg(specs[4]!));
    expect(workers.pool.threads).toHaveLength(0); // stopped with the renderer
    await workers.stop(); // and again: nothing
  }, 60_000);

  it('stops workers a renderer does not need (few charts: drawn in this thread)', async () => {
    const workers = startChartWorkers(2)!;
    const renderer = await openChartRenderer(jobsOf().slice(0, 2), { workers });
    expect(await renderer.svg(keyOf(specs[1]!))).toBe(await renderSvg(specs[1]!));
    await renderer.close();
    await workers.stop();
    expect(workers.pool.threads).toHaveLength(0);
  }, 60_000);

  it('starts none for one thread', () => {
    expect(startChartWorkers(1)).toBeNull();
  });

  it('warms the workers up with a KPI chart of every part and its phone variant', async () => {
    const drawing = warmUpDrawing();
    const [wide, narrow] = await renderSvgs(drawing);
    expect(wide).toMatch(/^<svg [^>]*width="960"/);
    expect(narrow).toMatch(/^<svg [^>]*width="360"/);
    // Readings, plan, forecast, bands, target and triggers: all drawn.
    for (const name of [
      'lines_marks',
      'forecast_band_marks',
      'bands_marks',
      'target_marks',
      'triggers_marks',
    ])
      expect(wide).toContain(name);
  });
});
