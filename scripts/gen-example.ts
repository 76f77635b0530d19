/**
 * Writes Northwind Outfitters, the example organisation the product is shown on, into a KPI
 * folder (default `kpis/`), then reads the files back and checks that they load cleanly and still
 * show everything the example promises (scripts/example/properties.ts) as of 2026-11-24.
 *
 *   node scripts/gen-example.ts [--out kpis]
 *
 * Deterministic: a fixed seed and no clock, so the committed output only changes when the
 * generator does. Only the format's files are replaced (scripts/lib/write-org.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExample, EXAMPLE_HEADERS, EXAMPLE_SEED, wantedStatuses } from './example/build.ts';
import { checkExampleProperties } from './example/properties.ts';
import { exampleSources } from './example/sources.ts';
import { AS_OF, AS_OF_TEXT } from './example/shape.ts';
import { checkStructure } from './lib/check-org.ts';
import { readOrganization } from './lib/read-org.ts';
import { writeOrganization } from './lib/write-org.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'kpis' }, quiet: { type: 'boolean', default: false } },
  strict: true,
});
const out = values.out;

const org = buildExample(EXAMPLE_SEED);
const written = writeOrganization(out, org, { headers: EXAMPLE_HEADERS });
// The SQL source of the pulled KPIs: kpis/sources.yaml, kpis/metrics/<id>.sql, ../data/*.csv.
for (const [rel, text] of exampleSources(org)) {
  const full = rel.startsWith('kpis/')
    ? path.join(out, rel.slice(5))
    : path.join(path.dirname(path.resolve(out)), rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const { org: readBack, problems: formatProblems } = readOrganization(out);
const problems = [...formatProblems, ...checkStructure(readBack)];
const properties = checkExampleProperties(readBack, AS_OF, wantedStatuses());
problems.push(...properties.problems);

const kpis = readBack.metrics;
const count = (status: string) => kpis.filter((m) => m.status === status).length;
const where = out.replace(/\/+$/, '');
console.log(
  `Wrote ${org.strategy.organization} to ${where}/: strategy.yaml (${org.strategy.goals.length} goals, ` +
    `${org.strategy.objectives.length} objectives), teams.yaml (${org.teams.length} teams), ` +
    `${kpis.length} KPIs (${count('active')} active, ${count('proposed')} proposed, ${count('retired')} retired) ` +
    `with ${written.rows.toLocaleString('en-US')} readings, ${org.journal.length} journal entries — ` +
    `${written.files} files, ${(written.bytes / 1024).toFixed(0)} KiB.`,
);
if (!values.quiet) {
  console.log(`As of ${AS_OF_TEXT}:`);
  for (const line of properties.lines) console.log(`  ${line}`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the generated example:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
}
