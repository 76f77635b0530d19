// `node scripts/bench/render-charts-one-core.ts DIR [--as-of DATE]`: the charts of a site build,
// rendered in one thread without the cache — term (d) of the build budget (`npm run bench` pins
// it to one core with taskset).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareSite } from '../../src/build/prepare-site.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { renderCharts } from '../../src/io/charts/chart-pool.ts';
import { readProject } from '../../src/io/read-project.ts';

const { values, positionals } = parseArgs({
  options: { 'as-of': { type: 'string', default: '2026-11-24' } },
  allowPositionals: true,
});
const computed = computeProject(
  await readProject(path.resolve(positionals[0] ?? 'kpis')),
  parseDay(values['as-of'])!,
);
// Specs are made before the clock starts: (d) times rendering alone.
const jobs = prepareSite(computed, '/', 'bench').jobs.map((job) => {
  const spec = job.spec();
  return { key: job.key, spec: () => spec };
});
const t0 = performance.now();
const result = await renderCharts(jobs, { threads: 1 });
process.stdout.write(
  `${JSON.stringify({ charts: result.rendered, ms: performance.now() - t0 })}\n`,
);
