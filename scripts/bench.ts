// `npm run bench -- DIR [--runs 5]`: runs each command on a KPI folder several times, each in a
// fresh process, and prints the median and max wall time and the peak memory per command, next
// to the floor (reading and splitting the same files). Outputs go to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'as-of': { type: 'string', default: '2026-11-24' },
  },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? 'kpis');
const runs = Number(values.runs);
const asOf = values['as-of'];
const scratch = mkdtempSync(path.join(tmpdir(), 'plumbline-bench-'));
const bin = path.join(root, 'bin', 'plumbline.js');

interface Sample {
  ms: number;
  rssMb: number;
  stderr: string;
}

function run(args: string[]): Sample {
  const rssFile = path.join(scratch, 'rss');
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, PLUMBLINE_REPORT_RSS: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  let rssMb = NaN;
  try {
    rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  } catch {
    /* the floor script does not report */
  }
  return { ms, rssMb, stderr: result.stderr };
}

const commands: [string, string[]][] = [
  ['floor (read + split)', [path.join(root, 'scripts', 'bench-floor.ts'), dir]],
  ['check', [bin, 'check', dir, '--as-of', asOf, '--format', 'json']],
  ['model', [bin, 'model', dir, '--as-of', asOf, '--timings']],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`Benchmark of ${dir}, ${runs} runs each, as of ${asOf}\n`);
console.log('command               median ms    max ms   peak MB');
const medians = new Map<string, number>();
for (const [name, args] of commands) {
  const samples = Array.from({ length: runs }, () => run(args));
  const ms = samples.map((s) => s.ms);
  medians.set(name, median(ms));
  const rss = Math.max(...samples.map((s) => s.rssMb));
  console.log(
    `${name.padEnd(20)} ${median(ms).toFixed(0).padStart(9)} ${Math.max(...ms)
      .toFixed(0)
      .padStart(9)} ${Number.isNaN(rss) ? '        –' : rss.toFixed(0).padStart(9)}`,
  );
  const phases = samples
    .map((s) => /timings: (.*)/.exec(s.stderr)?.[1])
    .filter((x) => x !== undefined);
  if (phases.length > 0)
    console.log(`${''.padEnd(20)} phases (median run): ${phases[Math.floor(phases.length / 2)]}`);
}
const floor = medians.get('floor (read + split)')!;
console.log(
  `\ncheck / floor = ${(medians.get('check')! / floor).toFixed(2)}×, model / floor = ${(medians.get('model')! / floor).toFixed(2)}×`,
);
rmSync(scratch, { recursive: true, force: true });
