// `node scripts/bench/render-charts.ts DIR [--as-of DATE] [--threads 1]`: the charts of a site
// build, rendered alone without the cache, in one thread (term (d) of the build budget: `npm run
// bench` pins it to one core with taskset) or in the build's pool of N threads.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planCharts } from '../../src/publish/plan-charts.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { renderCharts } from '../../src/io/render-charts/chart-pool.ts';
import { readProject } from '../../src/io/read-project.ts';

const { values, positionals } = parseArgs({
  options: {
    'as-of': { type: 'string', default: '2026-11-24' },
    threads: { type: 'string', default: '1' },
  },
  allowPositionals: true,
});
const computed = computeProject(
  await readProject(path.resolve(positionals[0] ?? 'kpis')),
  parseDay(values['as-of'])!,
);
// Specs are made before the clock starts: (d) times rendering alone.
const jobs = planCharts(computed, 'bench').jobs.map((job) => {
  const drawing = job.drawing();
  return { keys: job.keys, drawing: () => drawing };
});
const t0 = performance.now();
const result = await renderCharts(jobs, { threads: Number(values.threads) });
process.stdout.write(
  `${JSON.stringify({ charts: result.rendered, ms: performance.now() - t0 })}\n`,
);
