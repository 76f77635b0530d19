/**
 * `npm run bench:startup [-- --runs 20]`: how long `plumbline check` takes to start, against
 * Node itself. Bundles the CLI (scripts/bundle-cli.ts), writes a three-KPI organisation, then
 * times, taking turns in the same run, `node -e 0`, `plumbline check` on it (the bundle) and the
 * same from the TypeScript sources, each run directly with this Node in a fresh process. Prints
 * the medians and what `check` adds to `node -e 0` (the budget: 0.12 s).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleCli } from './bundle-cli.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
const scratch = mkdtempSync(
  path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'plumbline-startup-'),
);
const dir = path.join(scratch, 'kpis');
const generated = spawnSync(
  process.execPath,
  [path.join(root, 'scripts', 'gen-large.ts'), '--kpis', '3', '--years', '1', '--out', dir],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (generated.status !== 0) throw new Error('scripts/gen-large.ts failed');
await bundleCli();

const bin = path.join(root, 'bin', 'plumbline.js');
const check = [bin, 'check', dir, '--as-of', '2026-11-24'];
const subjects: [string, string[], NodeJS.ProcessEnv][] = [
  ['node -e 0', ['-e', '0'], process.env],
  ['plumbline check (bundle)', check, process.env],
  ['plumbline check (sources)', check, { ...process.env, PLUMBLINE_SOURCES: '1' }],
];

function time(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(' ')} exited ${result.status}`);
  return ms;
}

// One warm-up each (Node's compile cache, the code cache `check` writes after its first run, the
// file system's), then the runs, in turns.
for (const [, args, env] of subjects) time(args, env);
const samples = subjects.map(() => [] as number[]);
for (let i = 0; i < runs; i++)
  subjects.forEach(([, args, env], s) => samples[s]!.push(time(args, env)));
rmSync(scratch, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const medians = samples.map(median);
console.log(`Start-up, ${runs} runs each in turns, Node ${process.versions.node}\n`);
subjects.forEach(([name], i) => console.log(`${name.padEnd(28)} median ${s(medians[i]!)}`));
const [node, bundled, sources] = medians as [number, number, number];
console.log(
  `\ncheck − node -e 0 = ${s(bundled - node)} (budget 0.120 s); from the sources: ${s(sources - node)}`,
);
