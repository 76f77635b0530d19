// `npm run bench:pull -- [--rows 10000000] [--pg-rows 1000000] [--runs 2] [--kpis 100] [--no-pg]
// [--no-duckdb]`: how much
// `plumbline pull` costs over the engine alone. 100 KPIs, each aggregating a filtered slice of
// raw events (a region, half of the kinds) to its cadence with its aggregate, cycling through
// every cadence and aggregate:
//
//   DuckDB      --rows events in one Parquet file (10^7 by default; --rows 100000000 for 10^8)
//   PostgreSQL  --pg-rows events in a table of a private cluster (10^6 by default)
//
// Each is timed as `plumbline pull` (a fresh process: start, read the folder, run the wrapped
// queries, merge and write 100 CSVs; peak memory from the process itself) against the same 100
// aggregations written by hand and run through @duckdb/node-api / pg in this process, as many at
// once as pull runs them, rows read into JavaScript. Runs alternate (engine, pull, engine, pull…)
// and the fastest of each is reported. For DuckDB, the wrapped queries are also timed against the
// hand-written ones in this process, one after the other, which a loaded machine disturbs less.
// Scratch goes to /dev/shm when it exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { duckdbDialect } from '../src/core/sources/duckdb-dialect.ts';
import { aggregateSql, queryShape } from '../src/core/sources/wrap-query.ts';
import { kindOf } from '../src/io/sources/duckdb-adapter.ts';
import { startPostgres } from '../tests/helpers/postgres-server.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    'pg-rows': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '2' },
    kpis: { type: 'string', default: '100' },
    'no-pg': { type: 'boolean', default: false },
    'no-duckdb': { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const pgRows = Number(values['pg-rows']);
const runs = Number(values.runs);
const scratch = mkdtempSync(
  path.join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'plumbline-bench-pull-'),
);
const bin = path.join(root, 'bin', 'plumbline.js');

const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
const AGGREGATES = ['sum', 'mean', 'min', 'max', 'last'] as const;
const GRAIN = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
};
const KPIS = Array.from({ length: Number(values.kpis) }, (_, i) => ({
  id: `kpi-${String(i).padStart(3, '0')}`,
  cadence: CADENCES[i % 5]!,
  aggregate: AGGREGATES[Math.floor(i / 5) % 5]!,
  where: `region = ${i % 50} AND kind ${i < 50 ? '<' : '>='} 5`,
}));

/** A valid KPI folder whose 100 KPIs pull from `connection`. */
function writeFolder(dir: string, sources: string, from: string): void {
  mkdirSync(path.join(dir, 'metrics'), { recursive: true });
  writeFileSync(
    path.join(dir, 'strategy.yaml'),
    'organization: Bench\ngoals:\n  - { id: grow, title: Grow, kpis: [kpi-000] }\nobjectives:\n  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }\n',
  );
  writeFileSync(path.join(dir, 'teams.yaml'), '- { id: acme, name: Acme, level: enterprise }\n');
  writeFileSync(path.join(dir, 'sources.yaml'), sources);
  for (const k of KPIS) {
    writeFileSync(
      path.join(dir, 'metrics', `${k.id}.yaml`),
      `name: ${k.id}\ndirection: up\nteam: acme\ncadence: ${k.cadence}\naggregate: ${k.aggregate}\nobjectives: [grow-sales]\n`,
    );
    writeFileSync(
      path.join(dir, 'metrics', `${k.id}.sql`),
      `SELECT ts AS date, amount AS value\nFROM ${from}\nWHERE ${k.where}\n`,
    );
  }
}

function clearCsvs(dir: string): void {
  for (const k of KPIS) rmSync(path.join(dir, 'metrics', `${k.id}.csv`), { force: true });
}

interface Sample {
  ms: number;
  rssMb: number;
}

function pull(dir: string, env: Record<string, string> = {}): Sample {
  const rssFile = path.join(scratch, 'rss');
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [bin, 'pull', dir], {
    env: { ...process.env, ...env, PLUMBLINE_REPORT_RSS: rssFile },
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (result.status !== 0)
    throw new Error(`pull exited ${result.status}: ${result.stdout}${result.stderr}`);
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile);
  return { ms, rssMb };
}

/** Runs `count` async jobs, `parallel` at a time. */
async function pool(count: number, parallel: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < count; i = next++) await job(i);
    }),
  );
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fastest = (xs: number[]) => Math.min(...xs);

function report(name: string, engine: number[], cold: Sample[], warm: Sample[]): void {
  const e = fastest(engine);
  const c = fastest(cold.map((x) => x.ms));
  const w = fastest(warm.map((x) => x.ms));
  const mb = Math.max(...cold.map((x) => x.rssMb), ...warm.map((x) => x.rssMb));
  console.log(`\n${name}`);
  console.log(
    `  engine alone (${String(KPIS.length).padStart(3)} aggregations)   ${s(e).padStart(9)}`,
  );
  console.log(
    `  plumbline pull, new CSVs          ${s(c).padStart(9)}   ${(c / e).toFixed(2)}× (goal ≤ 1.3×)`,
  );
  console.log(`  plumbline pull again, no change   ${s(w).padStart(9)}   ${(w / e).toFixed(2)}×`);
  console.log(`  plumbline pull peak memory        ${mb.toFixed(0).padStart(6)} MB`);
}

// — DuckDB over Parquet —
if (!values['no-duckdb']) {
  const data = path.join(scratch, 'data');
  mkdirSync(data);
  {
    const t0 = performance.now();
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    // Events in time order over three years, as an event log is appended.
    await c.run(`COPY (
    SELECT TIMESTAMPTZ '2023-01-01 00:00:00+00' + to_seconds(CAST(i * 94608000 // ${rows} AS BIGINT)) AS ts,
           CAST(hash(i) % 50 AS INTEGER) AS region,
           CAST(hash(i + 1) % 10 AS INTEGER) AS kind,
           CAST(CAST(hash(i + 2) % 100000 AS INTEGER) / 100 AS DECIMAL(12, 2)) AS amount
    FROM range(${rows}) t(i)
  ) TO '${path.join(data, 'events.parquet')}' (FORMAT parquet)`);
    c.closeSync();
    instance.closeSync();
    console.log(
      `Wrote ${rows.toLocaleString('en-US')} events to Parquet in ${s(performance.now() - t0)} (${scratch}).`,
    );
  }
  const duckFolder = path.join(scratch, 'duck', 'kpis');
  writeFolder(
    duckFolder,
    'connections:\n  files:\n    type: duckdb\n    root: ../../data\n',
    "'events.parquet'",
  );

  const truncDuck = (cadence: (typeof CADENCES)[number], day: string) =>
    cadence === 'daily' ? day : `CAST(date_trunc('${GRAIN[cadence]}', ${day}) AS DATE)`;
  const aggDuck = {
    sum: 'sum(amount)',
    mean: 'avg(amount)',
    min: 'min(amount)',
    max: 'max(amount)',
    last: 'arg_max(amount, ts)',
  };

  async function duckdbAlone(): Promise<number> {
    const t0 = performance.now();
    const instance = await DuckDBInstance.create(':memory:');
    await pool(KPIS.length, 2, async (i) => {
      const k = KPIS[i]!;
      const c = await instance.connect();
      const day = "CAST(timezone('UTC', ts) AS DATE)";
      const reader = await c.runAndReadAll(
        `SELECT strftime(${truncDuck(k.cadence, day)}, '%Y-%m-%d') AS period, CAST(${aggDuck[k.aggregate]} AS DOUBLE) AS value
       FROM '${path.join(data, 'events.parquet')}' WHERE ${k.where} GROUP BY 1 ORDER BY 1`,
      );
      reader.getRowsJS();
      c.closeSync();
    });
    instance.closeSync();
    return performance.now() - t0;
  }

  {
    const engine: number[] = [];
    const cold: Sample[] = [];
    const warm: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      engine.push(await duckdbAlone());
      clearCsvs(duckFolder);
      cold.push(pull(duckFolder));
      warm.push(pull(duckFolder));
    }
    report(
      `DuckDB, ${rows.toLocaleString('en-US')} events in Parquet, ${KPIS.length} KPIs`,
      engine,
      cold,
      warm,
    );
    // The wrapping alone: each KPI's hand-written aggregation and Plumbline's wrapped query, one
    // after the other in this process, so the machine's load falls on both alike.
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    let hand = 0;
    let wrapped = 0;
    for (const k of KPIS) {
      const events = `'${path.join(data, 'events.parquet')}'`;
      const day = "CAST(timezone('UTC', ts) AS DATE)";
      const direct = `SELECT strftime(${truncDuck(k.cadence, day)}, '%Y-%m-%d') AS period, CAST(${aggDuck[k.aggregate]} AS DOUBLE) AS value FROM ${events} WHERE ${k.where} GROUP BY 1 ORDER BY 1`;
      const query = `SELECT ts AS date, amount AS value FROM ${events} WHERE ${k.where}`;
      const prepared = await c.prepare(query);
      const columns = Array.from({ length: prepared.columnCount }, (_, i) => {
        const type = prepared.columnType(i).toString();
        return { name: prepared.columnName(i), type, kind: kindOf(type) };
      });
      const found = queryShape(columns, duckdbDialect);
      if (!('shape' in found)) throw new Error('unexpected columns');
      const sql = aggregateSql(
        query,
        found.shape,
        { cadence: k.cadence, aggregate: k.aggregate, since: null },
        duckdbDialect,
      );
      let t = performance.now();
      (await c.runAndReadAll(direct)).getRowsJS();
      hand += performance.now() - t;
      t = performance.now();
      (await c.runAndReadAll(sql)).getRowsJS();
      wrapped += performance.now() - t;
    }
    c.closeSync();
    instance.closeSync();
    console.log(
      `  wrapped SQL vs hand-written, one query at a time, same process: ${s(wrapped)} / ${s(hand)} = ${(wrapped / hand).toFixed(2)}×`,
    );
  }
}

// — PostgreSQL —
if (!values['no-pg']) {
  const server = await startPostgres();
  try {
    const t0 = performance.now();
    server.psql(`CREATE TABLE events AS
      SELECT TIMESTAMPTZ '2023-01-01 00:00:00+00' + make_interval(secs => (i::bigint * 94608000 / ${pgRows})) AS ts,
             (hashint4(i) & 2147483647) % 50 AS region,
             (hashint4(i + 1) & 2147483647) % 10 AS kind,
             CAST(((hashint4(i + 2) & 2147483647) % 100000) / 100.0 AS numeric(12, 2)) AS amount
      FROM generate_series(0, ${pgRows - 1}) AS i`);
    server.psql('VACUUM ANALYZE events');
    console.log(
      `\nLoaded ${pgRows.toLocaleString('en-US')} events into PostgreSQL in ${s(performance.now() - t0)}.`,
    );
    const folder = path.join(scratch, 'pg', 'kpis');
    writeFolder(
      folder,
      'connections:\n  warehouse:\n    type: postgres\n    url_env: BENCH_URL\n',
      'events',
    );
    const aggPg = {
      sum: 'sum(amount)',
      mean: 'avg(amount)',
      min: 'min(amount)',
      max: 'max(amount)',
      last: '(array_agg(amount ORDER BY ts DESC))[1]',
    };
    const truncPg = (cadence: (typeof CADENCES)[number], day: string) =>
      cadence === 'daily' ? day : `CAST(date_trunc('${GRAIN[cadence]}', ${day}) AS DATE)`;
    const pgAlone = async (): Promise<number> => {
      const t = performance.now();
      const client = new pg.Pool({ connectionString: server.url, max: 4 });
      await pool(KPIS.length, 4, async (i) => {
        const k = KPIS[i]!;
        const day = "CAST((ts AT TIME ZONE 'UTC') AS DATE)";
        await client.query({
          text: `SELECT to_char(${truncPg(k.cadence, day)}, 'YYYY-MM-DD') AS period, CAST(${aggPg[k.aggregate]} AS DOUBLE PRECISION) AS value
                 FROM events WHERE ${k.where} GROUP BY 1 ORDER BY 1`,
          rowMode: 'array',
        });
      });
      await client.end();
      return performance.now() - t;
    };
    const engine: number[] = [];
    const cold: Sample[] = [];
    const warm: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      engine.push(await pgAlone());
      clearCsvs(folder);
      cold.push(pull(folder, { BENCH_URL: server.url }));
      warm.push(pull(folder, { BENCH_URL: server.url }));
    }
    report(
      `PostgreSQL, ${pgRows.toLocaleString('en-US')} events, ${KPIS.length} KPIs`,
      engine,
      cold,
      warm,
    );
  } finally {
    server.stop();
  }
}
rmSync(scratch, { recursive: true, force: true });
