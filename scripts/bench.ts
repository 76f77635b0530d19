// `npm run bench -- DIR [--runs 5] [--as-of DATE] [--no-build]`: times each command on a KPI
// folder, each run in a fresh process, and prints the median and max wall time and the peak
// memory per command next to the floor (reading and splitting the same files). Then the site
// build, in one run each: (a) a cold build, (b) a rebuild after one KPI's CSV changed, (c) a
// plain Astro build of as many empty pages, (d) the same charts rendered alone on one core — with
// the budget ratios of the issue; then (e) the same KPI pages built by Observable Framework beside a
// cold build (scripts/bench-peer.ts). Scratch output goes to /dev/shm when it exists.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'as-of': { type: 'string', default: '2026-11-24' },
    'no-build': { type: 'boolean' },
  },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? 'kpis');
const runs = Number(values.runs);
const asOf = values['as-of'];
const scratch = mkdtempSync(
  path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'plumbline-bench-'),
);
const bin = path.join(root, 'bin', 'plumbline.js');

interface Sample {
  ms: number;
  rssMb: number;
  stdout: string;
  stderr: string;
}

/**
 * `taskset -c 0` when the machine has it: "one core" means one, not one JavaScript thread whose
 * garbage collector and compiler run on the other cores (worth about a third more here).
 */
const pinToOneCore = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function run(args: string[], options: { oneCore?: boolean } = {}): Sample {
  const rssFile = path.join(scratch, 'rss');
  const t0 = performance.now();
  const pinned = options.oneCore === true && pinToOneCore;
  const [command, commandArgs] = pinned
    ? ['taskset', ['-c', '0', process.execPath, ...args]]
    : [process.execPath, args];
  const result = spawnSync(command, commandArgs, {
    env: { ...process.env, PLUMBLINE_REPORT_RSS: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  let rssMb = NaN;
  if (existsSync(rssFile)) {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  }
  return { ms, rssMb, stdout: result.stdout, stderr: result.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const line = (name: string, ms: string, max: string, mb: number) =>
  console.log(
    `${name.padEnd(34)} ${ms.padStart(9)} ${max.padStart(9)} ${Number.isNaN(mb) ? '        –' : mb.toFixed(0).padStart(9)}`,
  );

console.log(`Benchmark of ${dir}, as of ${asOf}, ${availableParallelism()} cores\n`);
console.log(
  `${'command'.padEnd(34)} ${'median'.padStart(9)} ${'max'.padStart(9)} ${'peak MB'.padStart(9)}`,
);
const medians = new Map<string, number>();
const commands: [string, string[]][] = [
  ['floor (read + split)', [path.join(root, 'scripts', 'bench-floor.ts'), dir]],
  ['check', [bin, 'check', dir, '--as-of', asOf, '--format', 'json']],
  ['model', [bin, 'model', dir, '--as-of', asOf, '--timings']],
];
for (const [name, args] of commands) {
  const samples = Array.from({ length: runs }, () => run(args));
  const ms = samples.map((x) => x.ms);
  medians.set(name, median(ms));
  line(
    `${name} (${runs} runs)`,
    s(median(ms)),
    s(Math.max(...ms)),
    Math.max(...samples.map((x) => x.rssMb)),
  );
  const phases = samples
    .map((x) => /timings: (.*)/.exec(x.stderr)?.[1])
    .filter((x) => x !== undefined);
  if (phases.length > 0)
    console.log(
      `${''.padEnd(34)} phases of the median run: ${phases[Math.floor(phases.length / 2)]}`,
    );
}
const floor = medians.get('floor (read + split)')!;
const model = medians.get('model')!;
console.log(
  `\ncheck / floor = ${(medians.get('check')! / floor).toFixed(2)}×; model / floor = ${(model / floor).toFixed(2)}×`,
);

if (values['no-build'] !== true) {
  // The build works on a copy, so (b) can change a CSV without touching the input.
  const copy = path.join(scratch, 'kpis');
  cpSync(dir, copy, { recursive: true });
  const cache = path.join(scratch, 'cache');
  const out = path.join(scratch, 'dist');
  const buildArgs = [bin, 'build', copy, '--out', out, '--as-of', asOf, '--cache-dir', cache];
  console.log('\nsite build (one run each)');
  const a = run(buildArgs);
  line('(a) cold build', s(a.ms), '', a.rssMb);
  console.log(`${''.padEnd(34)} ${a.stdout.trim().split('\n').at(-1)}`);
  const csvs = readdirSync(path.join(copy, 'metrics'))
    .filter((f) => f.endsWith('.csv'))
    .sort();
  // Change the value of the latest reading: a new number in one KPI's file.
  const change = (csv: string) => {
    const text = readFileSync(path.join(copy, 'metrics', csv), 'utf8')
      .trimEnd()
      .split('\n');
    const last = text.at(-1)!.split(',');
    last[1] = String(Number(last[1] ?? 0) + 1);
    text[text.length - 1] = last.join(',');
    writeFileSync(path.join(copy, 'metrics', csv), `${text.join('\n')}\n`);
  };
  // (b) is the first file by name; in a generated organisation that is an enterprise KPI whose
  // readings move the evidence of many others. The last file, a team's KPI, is shown beside it.
  change(csvs[0]!);
  const b = run(buildArgs);
  line(`(b) rebuild, ${csvs[0]} changed`, s(b.ms), '', b.rssMb);
  console.log(`${''.padEnd(34)} ${b.stdout.trim().split('\n')[0]}`);
  change(csvs.at(-1)!);
  const b2 = run(buildArgs);
  line(`    rebuild, ${csvs.at(-1)} changed`, s(b2.ms), '', b2.rssMb);
  console.log(`${''.padEnd(34)} ${b2.stdout.trim().split('\n')[0]}`);
  const pages = Number(/Built (\d+) pages/.exec(a.stdout)?.[1] ?? 0);
  const c = run([path.join(root, 'scripts', 'bench', 'empty-astro.ts'), String(pages)]);
  line(`(c) Astro, ${pages} empty pages`, s(c.ms), '', c.rssMb);
  // With the Node options the build runs with (bin/plumbline.js), for a like-for-like (d).
  const renderOneCore = [
    '--v8-pool-size=1',
    path.join(root, 'scripts', 'bench', 'render-charts.ts'),
    dir,
    '--as-of',
    asOf,
  ];
  const d = run(renderOneCore, { oneCore: true });
  const dRender = JSON.parse(d.stdout) as { ms: number; charts: number };
  line(
    `(d) ${dRender.charts} charts, 1 core${pinToOneCore ? '' : ' (not pinned: no taskset)'}`,
    s(dRender.ms),
    '',
    d.rssMb,
  );
  if (pinToOneCore) {
    // For the record: the same work in one thread left free to use the other cores.
    const thread = JSON.parse(run(renderOneCore).stdout) as { ms: number };
    console.log(`${''.padEnd(34)} (one thread, unpinned: ${s(thread.ms)})`);
  }
  const cores = availableParallelism();
  // For the record: the charts alone in the build's pool, the floor of (a) with the model.
  const pool = JSON.parse(run([...renderOneCore, '--threads', String(cores)]).stdout) as {
    ms: number;
  };
  console.log(
    `${''.padEnd(34)} (${cores} threads, alone: ${s(pool.ms)} = ${(pool.ms / dRender.ms).toFixed(2)} × (d); the budget allows ${(1.3 / cores).toFixed(2)} × (d))`,
  );
  const budgetA = c.ms + model + (dRender.ms / cores) * 1.3;
  const budgetB = 2 * c.ms + model;
  console.log(
    `\n(a) ${s(a.ms)} against (c) + model + (d) ÷ ${cores} × 1.3 = ${s(budgetA)}: ratio ${(a.ms / budgetA).toFixed(2)}`,
  );
  console.log(
    `(b) ${s(b.ms)} against 2 × (c) + model = ${s(budgetB)}: ratio ${(b.ms / budgetB).toFixed(2)} ` +
      `(the team KPI's rebuild: ${s(b2.ms)}, ratio ${(b2.ms / budgetB).toFixed(2)})`,
  );
  console.log(
    `peak memory of the builds: ${Math.max(a.rssMb, b.rssMb, b2.rssMb).toFixed(0)} MB (budget 2048 MB)`,
  );
  // (e) The peer, in its own process after ours so neither slows the other.
  const peer = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'bench-peer.ts'), dir, '--as-of', asOf],
    { stdio: 'inherit' },
  );
  if (peer.status !== 0) process.exitCode = 1;
}
rmSync(scratch, { recursive: true, force: true });
