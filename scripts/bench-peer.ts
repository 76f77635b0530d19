// `node scripts/bench-peer.ts DIR [--as-of DATE] [--rounds N]`: the speed goal of issue 15 — a
// cold `plumbline build` of a KPI folder against Observable Framework building the same number of
// KPI pages, in the same run, printing both times and the ratio. `npm run bench` calls it last.
// With --rounds N both builds run N times in turns (Framework, then plumbline), and the ratio of
// each round is printed with their median: this machine's speed moves by a fifth within minutes,
// so one round can land a ratio well off its usual value either way.
//
// The peer project is what a Framework user would write for the same dashboard: one markdown page
// per KPI (src/kpis/<id>.md) drawing a Plot line chart of that KPI's readings from a data file
// (src/data/<id>.csv, the KPI's own CSV), and an index linking them, with Framework's defaults.
// Framework bundles Plot and d3 into its cache on its first build: a one-page build of the same
// project fills that cache first, so the timed build measures building the pages. Everything is
// written under /dev/shm when it exists.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: {
    'as-of': { type: 'string', default: '2026-11-24' },
    rounds: { type: 'string', default: '1' },
  },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? 'kpis');
const rounds = Number(values.rounds);
if (!(Number.isInteger(rounds) && rounds >= 1))
  throw new Error('--rounds must be a whole number ≥ 1');
const scratch = mkdtempSync(
  path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'plumbline-peer-'),
);
const observable = createRequire(import.meta.url).resolve(
  '@observablehq/framework/dist/bin/observable.js',
);

/** Runs a Node script to its end and returns the wall time; throws with its output on failure. */
function timed(args: string[], cwd: string): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return ms;
}

const ids = readdirSync(path.join(dir, 'metrics'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.slice(0, -'.csv'.length))
  .sort();

/**
 * The Framework page of one KPI: its readings as a line chart, as the Framework docs show it. Plot
 * and d3 are imported from node_modules (Framework bundles them itself): Framework's own `npm:`
 * imports, and `FileAttachment.csv`'s implicit `npm:d3-dsv`, are fetched from cdn.jsdelivr.net
 * during the build, which fails offline. `csvParse(…, autoType)` is what `.csv({typed: true})` does.
 */
const page = (id: string) => `# ${id}

\`\`\`js
import * as Plot from "@observablehq/plot";
import {autoType, csvParse} from "d3";
\`\`\`

\`\`\`js
const readings = csvParse(await FileAttachment("../data/${id}.csv").text(), autoType);
\`\`\`

\`\`\`js
Plot.plot({
  y: {grid: true, label: "value"},
  marks: [Plot.lineY(readings, {x: "date", y: "value"}), Plot.ruleY([0])]
})
\`\`\`
`;

const project = path.join(scratch, 'peer');
const src = path.join(project, 'src');
mkdirSync(path.join(src, 'kpis'), { recursive: true });
mkdirSync(path.join(src, 'data'), { recursive: true });
// Framework resolves node imports from the project upward: give it this repository's packages.
symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
writeFileSync(
  path.join(project, 'observablehq.config.js'),
  `export default { title: "KPIs", root: "src", output: ${JSON.stringify(path.join(scratch, 'peer-dist'))} };\n`,
);
const writePages = (list: readonly string[]) => {
  writeFileSync(
    path.join(src, 'index.md'),
    `# KPIs\n\n${list.map((id) => `- [${id}](./kpis/${id})`).join('\n')}\n`,
  );
  for (const id of list) {
    writeFileSync(path.join(src, 'kpis', `${id}.md`), page(id));
    copyFileSync(path.join(dir, 'metrics', `${id}.csv`), path.join(src, 'data', `${id}.csv`));
  }
};

// Warm Framework's npm cache with one page, then write them all and time a build from scratch.
writePages(ids.slice(0, 1));
timed([observable, 'build'], project);
rmSync(path.join(scratch, 'peer-dist'), { recursive: true, force: true });
writePages(ids);

/** One round: a timed Framework build, then a cold plumbline build, each into a fresh folder. */
function round(): { peerMs: number; ours: number } {
  rmSync(path.join(scratch, 'peer-dist'), { recursive: true, force: true });
  const peerMs = timed([observable, 'build'], project);
  const peerPages = readdirSync(path.join(scratch, 'peer-dist', 'kpis')).filter((f) =>
    f.endsWith('.html'),
  ).length;
  if (peerPages !== ids.length)
    throw new Error(`Framework wrote ${peerPages} KPI pages, not ${ids.length}`);
  rmSync(path.join(scratch, 'dist'), { recursive: true, force: true });
  rmSync(path.join(scratch, 'cache'), { recursive: true, force: true });
  const ours = timed(
    [
      path.join(root, 'bin', 'plumbline.js'),
      'build',
      dir,
      '--out',
      path.join(scratch, 'dist'),
      '--as-of',
      values['as-of'],
      '--cache-dir',
      path.join(scratch, 'cache'),
    ],
    root,
  );
  return { peerMs, ours };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `\npeer comparison: ${ids.length} KPI pages, ${rounds} round${rounds === 1 ? '' : 's'}`,
);
const ratios: number[] = [];
for (let r = 1; r <= rounds; r++) {
  const { peerMs, ours } = round();
  ratios.push(peerMs / ours);
  if (rounds > 1) console.log(`round ${r}:`);
  console.log(`${'plumbline build (cold)'.padEnd(34)} ${s(ours).padStart(9)}`);
  console.log(`${'Observable Framework build'.padEnd(34)} ${s(peerMs).padStart(9)}`);
  console.log(`Framework / plumbline = ${(peerMs / ours).toFixed(2)}× (goal ≥ 7×)`);
}
if (rounds > 1) {
  const sorted = [...ratios].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  console.log(
    `median of ${rounds} rounds: ${median.toFixed(2)}× (rounds: ${ratios.map((x) => `${x.toFixed(2)}×`).join(', ')}; goal ≥ 7×)`,
  );
}
rmSync(scratch, { recursive: true, force: true });
