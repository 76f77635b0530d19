/**
 * Writes a large, valid organisation for benchmarks (scripts/lib/large-org.ts).
 *
 *   node scripts/gen-large.ts --kpis 1000 --years 5 --out /dev/shm/large [--seed 1] [--cadence daily]
 *
 * Readings end on 2026-11-20. Deterministic for a given seed. Only the format's files are replaced
 * in the output folder (scripts/lib/write-org.ts).
 */
import { parseArgs } from 'node:util';
import { CADENCES, type Cadence } from '../src/core/period/period.ts';
import { buildLargeOrganization } from './lib/large-org.ts';
import { writeOrganization } from './lib/write-org.ts';

const USAGE =
  'usage: node scripts/gen-large.ts --kpis N --years Y --out DIR [--seed S] [--cadence daily|weekly|monthly|quarterly|yearly]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      kpis: { type: 'string' },
      years: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      cadence: { type: 'string', default: 'daily' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const kpis = Number(args.kpis);
const years = Number(args.years);
const seed = Number(args.seed);
const cadence = args.cadence as Cadence;
if (!Number.isInteger(kpis) || kpis < 1) fail('--kpis must be a positive integer');
if (!Number.isInteger(years) || years < 1) fail('--years must be a positive integer');
if (args.out === undefined) fail('--out is required');
if (!Number.isInteger(seed)) fail('--seed must be an integer');
if (!(CADENCES as readonly string[]).includes(cadence)) fail(`unknown cadence ${cadence}`);

const started = performance.now();
const large = buildLargeOrganization({ kpis, years, seed, cadence, end: '2026-11-20' });
const built = performance.now();
const written = writeOrganization(args.out, large);
const done = performance.now();

const { org } = large;
const levels = ['enterprise', 'function', 'team'].map(
  (l) => org.teams.filter((t) => t.level === l).length,
);
const count = (key: string) =>
  org.metrics.reduce((n, m) => n + (Array.isArray(m[key]) ? m[key].length : 0), 0);
const links = count('drives');
const supports = count('supports');
console.log(
  `Wrote ${args.out}: ${kpis.toLocaleString('en-US')} KPIs (${cadence}, ${years} years to 2026-11-20), ` +
    `${org.teams.length} teams (${levels.join('/')} by level), ${(org.strategy.goals as unknown[]).length} goals, ` +
    `${org.strategy.objectives.length} objectives, ${supports} supports and ${links} drives links, ` +
    `${org.journal.length} journal entries; ${written.rows.toLocaleString('en-US')} readings in ` +
    `${written.files.toLocaleString('en-US')} files, ${(written.bytes / 1024 / 1024).toFixed(1)} MiB ` +
    `in ${((done - started) / 1000).toFixed(2)} s (build ${((built - started) / 1000).toFixed(2)} s, ` +
    `write ${((done - built) / 1000).toFixed(2)} s).`,
);
