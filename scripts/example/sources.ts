/**
 * The example's SQL source: raw data files under `data/` (beside `kpis/`), a DuckDB connection in
 * kpis/sources.yaml, and a query per pulled KPI. The files are derived from the KPIs' generated
 * readings, so that `plumbline pull` over them reproduces the committed CSVs exactly — which the
 * tests check by pulling (tests/scripts/example-pull.test.ts):
 *
 *   data/web-sales.csv      one row per day: net revenue and new customers, split from the
 *                           monthly readings (integers, so the monthly sums are exact)
 *   data/email-list.csv     subscriber-count snapshots, four a month and one at month end, some
 *                           written in New York time: `last` per month is the month-end count
 */
import {
  formatDay,
  periodEnd,
  periodIndexOf,
  periodStart,
  readingDay,
  ymdFromDay,
} from '../lib/calendar.ts';
import type { Organization, Reading } from '../lib/org-model.ts';
import { createRandom } from '../lib/random.ts';

/** The seed of the raw data, apart from the readings' seed so those stay as they were. */
const DATA_SEED = 18;

/** Files to write, by path relative to the repository root (the parent of `kpis/`). */
export type SourceFiles = Map<string, string>;

const SOURCES_YAML = `# yaml-language-server: $schema=../schemas/sources.json
# Where \`plumbline pull\` reads readings from. DuckDB runs inside Plumbline: SQL over the CSV,
# Parquet and JSON files under \`root\`, no server. A database would be
#   warehouse: { type: postgres, url_env: WAREHOUSE_URL }
# with the connection string in that environment variable (a repository secret in CI).
connections:
  files:
    type: duckdb
    root: ../data
`;

const QUERIES: Record<string, string> = {
  'online-revenue': `-- Online net revenue: the daily web sales export, summed per month by the engine
-- (the KPI's cadence and aggregate: monthly, sum).
SELECT day AS date, net_revenue AS value
FROM read_csv('web-sales.csv', header = true,
              columns = {'day': 'DATE', 'net_revenue': 'BIGINT', 'new_customers': 'INTEGER'});
`,
  'new-customers': `-- New online customers: first orders per day from the web sales export, summed per month.
SELECT day AS date, new_customers AS value
FROM read_csv('web-sales.csv', header = true,
              columns = {'day': 'DATE', 'net_revenue': 'BIGINT', 'new_customers': 'INTEGER'});
`,
  'email-subscribers': `-- Email subscribers: snapshots of the list size; the KPI keeps the last one of each month.
-- Snapshots taken in New York carry their offset and count on their date in UTC.
SELECT taken_at AS date, subscribers AS value
FROM read_csv('email-list.csv', header = true,
              columns = {'taken_at': 'TIMESTAMPTZ', 'subscribers': 'INTEGER'});
`,
};

/** The source files of the example organisation. */
export function exampleSources(org: Organization): SourceFiles {
  const rng = createRandom(DATA_SEED);
  const files: SourceFiles = new Map([['kpis/sources.yaml', SOURCES_YAML]]);
  for (const [id, sql] of Object.entries(QUERIES)) files.set(`kpis/metrics/${id}.sql`, sql);

  const revenue = monthly(org, 'online-revenue');
  const customers = monthly(org, 'new-customers');
  const rows: string[] = ['day,net_revenue,new_customers'];
  for (const [index, total] of revenue) {
    const month = { grain: 'month' as const, index };
    const first = periodStart(month);
    const days = periodEnd(month) - first + 1;
    const weights = Array.from({ length: days }, () => 0.6 + 0.8 * rng.next());
    const money = split(total, weights);
    const people = split(customers.get(index) ?? 0, weights);
    for (let i = 0; i < days; i++) rows.push(`${formatDay(first + i)},${money[i]},${people[i]}`);
  }
  files.set('data/web-sales.csv', `${rows.join('\n')}\n`);

  const list: string[] = ['taken_at,subscribers'];
  let previous: number | null = null;
  for (const [index, count] of monthly(org, 'email-subscribers')) {
    const month = { grain: 'month' as const, index };
    const first = periodStart(month);
    const from = previous ?? count;
    for (const [k, dayOfMonth] of [7, 14, 21, 28].entries()) {
      const value = Math.round(from + ((count - from) * (k + 1)) / 5 + (rng.next() - 0.5) * 40);
      list.push(`${formatDay(first + dayOfMonth - 1)} 06:00:00+00,${value}`);
    }
    // The month-end count at 18:59 in New York (UTC-5 in winter, -4 in summer): still that day in UTC.
    const last = periodEnd(month);
    const { month: m } = ymdFromDay(last);
    const offset = m >= 3 && m <= 10 ? '-04' : '-05';
    list.push(`${formatDay(last)} 18:59:00${offset},${count}`);
    previous = count;
  }
  files.set('data/email-list.csv', `${list.join('\n')}\n`);
  return files;
}

/** The KPI's readings by month (every one has a value: the example writes no gaps for these). */
function monthly(org: Organization, id: string): Map<number, number> {
  const readings: readonly Reading[] = org.readings.get(id) ?? [];
  const out = new Map<number, number>();
  for (const r of readings) {
    if (r.value === null)
      throw new Error(`${id} ${r.date}: the example's pulled KPIs have no gaps`);
    if (!Number.isInteger(r.value)) throw new Error(`${id} ${r.date}: not an integer`);
    out.set(periodIndexOf(readingDay(r.date), 'month'), r.value);
  }
  return out;
}

/** Splits an integer total into integer parts proportional to the weights, summing exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}
