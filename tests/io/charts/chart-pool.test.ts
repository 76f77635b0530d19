import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kpiChartSpec } from '../../../src/charts/kpi-chart.ts';
import { renderCharts, type ChartJob } from '../../../src/io/charts/chart-pool.ts';
import { renderSvg } from '../../../src/io/charts/render-svg.ts';
import { kpiInput, points } from '../../helpers/charts.ts';
import { tempProject } from '../../helpers/temp-project.ts';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const jobs: ChartJob[] = Array.from({ length: 10 }, (_, k) => ({
  key: `kpi-${k}`,
  spec: kpiChartSpec(
    kpiInput({
      name: `KPI ${k}`,
      series: points(
        '2026-W01',
        Array.from({ length: 8 + k }, (_, i) => 100 + i * k),
      ),
    }),
  ),
}));

describe('renderCharts', () => {
  it('gives the same SVGs on two threads as on one, and as renderSvg', async () => {
    const one = await renderCharts(jobs, { threads: 1 });
    const two = await renderCharts(jobs, { threads: 2 });
    expect([...two.svgs.keys()]).toEqual(jobs.map((j) => j.key));
    expect(two.svgs).toEqual(one.svgs);
    expect(one.svgs.get('kpi-3')).toBe(await renderSvg(jobs[3]!.spec));
    expect([one.rendered, one.cached, two.rendered, two.cached]).toEqual([10, 0, 10, 0]);
  }, 60_000);

  it('renders misses, then serves them from the cache byte for byte', async () => {
    const t = await tempProject({});
    cleanup = t.cleanup;
    const cacheDir = path.join(t.dir, 'charts');
    const cold = await renderCharts(jobs, { cacheDir, threads: 2 });
    const warm = await renderCharts(jobs, { cacheDir, threads: 2 });
    expect([cold.rendered, cold.cached]).toEqual([10, 0]);
    expect([warm.rendered, warm.cached]).toEqual([0, 10]);
    expect(warm.svgs).toEqual(cold.svgs);
  }, 60_000);

  it('renders identical specs once and refuses duplicate keys', async () => {
    const spec = jobs[0]!.spec;
    const out = await renderCharts(
      [
        { key: 'a', spec },
        { key: 'b', spec },
      ],
      { threads: 1 },
    );
    expect(out.svgs.get('a')).toBe(out.svgs.get('b'));
    expect([out.rendered, out.cached]).toEqual([1, 0]);
    await expect(
      renderCharts([
        { key: 'a', spec },
        { key: 'a', spec },
      ]),
    ).rejects.toThrow(/Duplicate chart key: a/);
  });
});
