// `node scripts/bench-charts.ts [--kpis 1000] [--points 1825] [--pairs 200] [--threads N] [--width 640]`:
// builds and renders that many synthetic daily KPI charts (one per KPI) plus lead/lag charts,
// fresh and through compiled shapes in one thread (200 KPI charts), then all of them cold (no
// cache) on one core, then on N threads (default: all cores), then through a cache (cold then warm), and prints ms per chart and totals. Caches live under /dev/shm.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartJob, KpiChartInput, LeadLagChartInput } from '../src/charts/chart-data.ts';
import { kpiChartSpec } from '../src/charts/kpi-chart.ts';
import { leadLagChartSpec } from '../src/charts/lead-lag-chart.ts';
import { sparklineSvg } from '../src/charts/sparkline.ts';
import { parseDay } from '../src/core/period/period.ts';
import { renderWithShapes } from '../src/io/render-charts/chart-shapes.ts';
import { renderSvg } from '../src/io/render-charts/render-svg.ts';
import { renderCharts } from '../src/io/render-charts/chart-pool.ts';
import { createRandom } from './lib/random.ts';

const { values } = parseArgs({
  options: {
    kpis: { type: 'string', default: '1000' },
    points: { type: 'string', default: '1825' },
    pairs: { type: 'string', default: '200' },
    threads: { type: 'string', default: String(availableParallelism()) },
    width: { type: 'string', default: '640' },
  },
});
const kpis = Number(values.kpis);
const nPoints = Number(values.points);
const nPairs = Number(values.pairs);
const threads = Number(values.threads);
const width = Number(values.width);
const random = createRandom(42);
const start = parseDay('2021-01-01')!;
const date = (i: number) => start + i;

function kpi(k: number): KpiChartInput {
  const r = random.fork(`kpi-${k}`);
  const base = r.int(50, 50_000);
  const slope = r.normal(0, base / 2000);
  let level = base;
  const series = Array.from({ length: nPoints }, (_, i) => {
    level += slope + r.normal(0, base / 100);
    return { day: date(i), value: Math.round(level * 100) / 100 };
  });
  const end = nPoints + 180;
  const target = { day: date(end), value: Math.round(base + slope * end * 1.1) };
  const plan = [
    { day: date(0), value: base },
    { day: date(Math.floor(end / 2)), value: Math.round((base + target.value) / 2) },
    target,
  ];
  return {
    id: `kpi-${k}`,
    name: `Synthetic KPI ${k}`,
    unit: r.pick(['count', 'currency:USD', 'percent', 'days']),
    cadence: 'daily',
    direction: 'up',
    status: r.pick(['on-track', 'at-risk', 'off-track'] as const),
    series,
    plan,
    bands: plan.map((p) => ({
      day: p.day,
      warningLow: p.value * 0.95,
      warningHigh: p.value * 1.05,
      criticalLow: p.value * 0.9,
      criticalHigh: p.value * 1.1,
    })),
    target,
    forecast: {
      from: series[nPoints - 1]!,
      to: { day: target.day, value: Math.round(level + slope * 180) },
      band: {
        low: Math.round(level + slope * 180) * 0.9,
        high: Math.round(level + slope * 180) * 1.1,
      },
    },
    triggerDays: [date(r.int(0, nPoints - 1)), date(r.int(0, nPoints - 1))].sort((a, b) => a - b),
    asOf: date(nPoints - 1),
    width,
  };
}

function pair(k: number): LeadLagChartInput {
  const r = random.fork(`pair-${k}`);
  const n = r.int(20, 150);
  return {
    leadingName: `Leading ${k}`,
    laggingName: `Lagging ${k}`,
    lag: r.int(1, 6),
    cadence: 'weekly',
    r: r.next() * 2 - 1,
    n,
    p: r.next(),
    pairs: Array.from({ length: n }, (_, i) => ({
      day: parseDay('2023-01-01')! + 7 * i,
      leading: r.normal(),
      lagging: r.normal(),
    })),
    width,
  };
}

const ms = (t0: number) => performance.now() - t0;
const line = (label: string, total: number, count: number) =>
  console.log(
    `${label.padEnd(34)} ${total.toFixed(0).padStart(7)} ms  ${(total / count).toFixed(2).padStart(7)} ms/chart`,
  );

let t0 = performance.now();
const inputs = Array.from({ length: kpis }, (_, k) => kpi(k));
const pairInputs = Array.from({ length: nPairs }, (_, k) => pair(k));
const generated = ms(t0);
t0 = performance.now();
const specs: TopLevelSpec[] = [
  ...inputs.map((input) => kpiChartSpec(input)),
  ...pairInputs.map((input) => leadLagChartSpec(input)),
];
// Content-addressed like a build's: the hash of the spec.
const jobs: ChartJob[] = specs.map((spec) => ({
  keys: [createHash('sha256').update(JSON.stringify(spec)).digest('hex')],
  drawing: () => ({ spec, variants: [] }),
}));
const built = ms(t0);
const count = jobs.length;
console.log(
  `${kpis} KPI charts × ${nPoints} daily points (drawn ≤ ${width}) + ${nPairs} lead/lag charts = ${count} charts; width ${width}; ${threads} threads of ${availableParallelism()} cores`,
);
console.log(`synthetic data ${generated.toFixed(0)} ms`);
line('build specs (pure, 1 core)', built, count);

// One thread, no pool: each KPI chart parsed afresh, then re-run on its shape's compiled view
// (specs made anew before the clock starts: Vega takes a spec's rows as its own).
const sample = Math.min(kpis, 200);
for (const [label, render] of [
  ['fresh parse, 1 thread', renderSvg],
  ['compiled shapes, 1 thread', (spec: TopLevelSpec) => renderWithShapes({ spec, variants: [] })],
] as const) {
  const fresh = inputs.slice(0, sample).map((input) => kpiChartSpec(input));
  const t = performance.now();
  for (const spec of fresh) await render(spec);
  line(`${label} (${sample} KPI charts)`, ms(t), sample);
}

const timed = async (label: string, options: Parameters<typeof renderCharts>[1]) => {
  const t = performance.now();
  const out = await renderCharts(jobs, options);
  line(`${label} (${out.rendered} rendered, ${out.cached} cached)`, ms(t), count);
  return out.svgs;
};
const one = await timed('cold, 1 core', { threads: 1 });
const many = await timed(`cold, ${threads} threads`, { threads });
const cacheDir = mkdtempSync('/dev/shm/plumbline-bench-charts-');
try {
  await timed(`cold + cache write, ${threads} thr`, { threads, cacheDir });
  const warm = await timed('warm cache', { threads, cacheDir });
  const same = [...one].every(([k, svg]) => many.get(k) === svg && warm.get(k) === svg);
  console.log(`1-core, ${threads}-thread and cached SVGs identical: ${same}`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
let bytes = 0;
for (const svg of one.values()) bytes += svg.length;
console.log(`mean SVG ${(bytes / count / 1024).toFixed(1)} KiB`);

t0 = performance.now();
for (const input of inputs)
  sparklineSvg({
    values: input.series.slice(-52).map((p) => p.value),
    status: input.status,
    width: 100,
    height: 24,
    label: input.name,
  });
line('sparklines (52 values, 1 core)', ms(t0), kpis);
