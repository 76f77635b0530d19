/**
 * The engine aggregates to the KPI's cadence (SPEC §5 pull), on DuckDB and on a real PostgreSQL:
 * every aggregate × cadence against values computed here independently, from the raw events,
 * with Date arithmetic (not Plumbline's period code).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/core/period/period.ts';
import type { Cadence } from '../../../src/core/period/period.ts';
import type { Aggregate } from '../../../src/core/sources/sql-dialect.ts';
import { openDuckdb } from '../../../src/io/sources/duckdb-adapter.ts';
import { openPostgres } from '../../../src/io/sources/postgres-adapter.ts';
import { pullKpi } from '../../../src/io/sources/pull-kpi.ts';
import type { SourceAdapter } from '../../../src/io/sources/source-adapter.ts';
import { startPostgres, type PostgresServer } from '../../helpers/postgres-server.ts';

interface Event {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** The offset written in the timestamp text, in hours. */
  readonly offset: number;
  readonly amount: number;
}

/** Events from 2024-12-20 to 2026-02-20, several per day, some near midnight in other zones. */
function makeEvents(): Event[] {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const from = Date.UTC(2024, 11, 20);
  const to = Date.UTC(2026, 1, 20);
  const events: Event[] = [];
  for (let at = from; at < to; at += Math.floor(next() * 30 * 3_600_000)) {
    events.push({
      at,
      offset: [-5, 0, 2, 9][Math.floor(next() * 4)]!,
      amount: Math.floor(next() * 550) - 50,
    });
  }
  // Two events at the same instant: `last` takes the larger value.
  events.push({ at: Date.UTC(2025, 5, 30, 12), offset: 0, amount: 7 });
  events.push({ at: Date.UTC(2025, 5, 30, 12), offset: 0, amount: 9 });
  return events;
}

/** `2026-01-05 18:30:00-05`: the instant written in its own zone. */
function timestampText(e: Event): string {
  const local = new Date(e.at + e.offset * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  const sign = e.offset < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(e.offset)).padStart(2, '0')}`;
}

const DAY_MS = 86_400_000;

/** First day of the period holding the UTC day of `at`, as YYYY-MM-DD. */
function periodOf(at: number, cadence: Cadence): string {
  const d = new Date(Math.floor(at / DAY_MS) * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  let start: number;
  switch (cadence) {
    case 'daily':
      start = d.getTime();
      break;
    case 'weekly':
      start = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS; // back to Monday
      break;
    case 'monthly':
      start = Date.UTC(y, m, 1);
      break;
    case 'quarterly':
      start = Date.UTC(y, m - (m % 3), 1);
      break;
    case 'yearly':
      start = Date.UTC(y, 0, 1);
      break;
  }
  return new Date(start).toISOString().slice(0, 10);
}

function expected(
  events: readonly Event[],
  cadence: Cadence,
  aggregate: Aggregate,
): Map<string, number> {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const key = periodOf(e.at, cadence);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out = new Map<string, number>();
  for (const [key, list] of groups) {
    const values = list.map((e) => e.amount);
    const sum = values.reduce((a, b) => a + b, 0);
    const last = [...list].sort((a, b) => b.at - a.at || b.amount - a.amount)[0]!.amount;
    out.set(
      key,
      { sum, mean: sum / values.length, min: Math.min(...values), max: Math.max(...values), last }[
        aggregate
      ],
    );
  }
  return out;
}

const CADENCES: Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
const AGGREGATES: Aggregate[] = ['sum', 'mean', 'min', 'max', 'last'];
const events = makeEvents();

async function pulled(
  adapter: SourceAdapter,
  text: string,
  cadence: Cadence,
  aggregate: Aggregate,
) {
  const outcome = await pullKpi(
    adapter,
    {
      query: {
        kpi: 'k',
        file: 'metrics/k.sql',
        text,
        connectionName: 'c',
        connection: { type: 'duckdb' },
      },
      cadence,
      aggregate,
    },
    { since: null, timeoutMs: 60_000 },
  );
  if (outcome.kind === 'error') throw new Error(outcome.diagnostic.message);
  return new Map(outcome.readings.map((r) => [formatDay(r.start), r.value]));
}

function compare(
  actual: Map<string, number>,
  wanted: Map<string, number>,
  aggregate: Aggregate,
): void {
  expect([...actual.keys()]).toEqual([...wanted.keys()].sort());
  for (const [key, value] of wanted) {
    if (aggregate === 'mean') expect(actual.get(key)).toBeCloseTo(value, 9);
    else expect(actual.get(key)).toBe(value);
  }
}

describe.each([
  {
    engine: 'DuckDB',
    query:
      "SELECT ts AS date, amount AS value\nFROM read_csv('events.csv', header = true, columns = {'ts': 'TIMESTAMPTZ', 'amount': 'INTEGER'});\n",
  },
  {
    engine: 'PostgreSQL',
    query: 'SELECT ts AS date, amount AS value FROM events; -- the raw events\n',
  },
])('$engine aggregates to the cadence', ({ engine, query }) => {
  let adapter: SourceAdapter;
  let server: PostgresServer | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'plumbline-agg-'));
    if (engine === 'DuckDB') {
      writeFileSync(
        path.join(dir, 'events.csv'),
        `ts,amount\n${events.map((e) => `${timestampText(e)},${e.amount}`).join('\n')}\n`,
      );
      adapter = await openDuckdb('files', dir);
    } else {
      server = await startPostgres();
      server.psql(
        `CREATE TABLE events (ts timestamptz, amount integer); INSERT INTO events VALUES ${events
          .map((e) => `('${timestampText(e)}', ${e.amount})`)
          .join(', ')};`,
      );
      adapter = await openPostgres('warehouse', 'WAREHOUSE_URL', server.url);
    }
  }, 120_000);

  afterAll(async () => {
    await adapter?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const cadence of CADENCES) {
    it(`${cadence}: sum, mean, min, max, last`, async () => {
      for (const aggregate of AGGREGATES) {
        compare(
          await pulled(adapter, query, cadence, aggregate),
          expected(events, cadence, aggregate),
          aggregate,
        );
      }
    });
  }

  it('counts a timestamp with a time zone on its day in UTC', async () => {
    // 2026-01-05 22:30 at -05:00 is 2026-01-06 03:30 UTC: the 6th.
    const text = "SELECT TIMESTAMPTZ '2026-01-05 22:30:00-05' AS date, 1 AS value";
    const sql = engine === 'DuckDB' ? text : text.replace('TIMESTAMPTZ', 'timestamptz');
    expect([...(await pulled(adapter, sql, 'daily', 'sum')).keys()]).toEqual(['2026-01-06']);
  });

  it('reads dates and values written as text, and decimals exactly', async () => {
    const text =
      "SELECT d AS date, v AS value FROM (VALUES ('2026-03-02', '0.1'), ('2026-03-03', '0.2'), ('2026-03-31 23:59:59', '1e2')) AS t(d, v)";
    // 0.1 + 0.2 + 100 added as doubles in JS.
    const sums = await pulled(adapter, text, 'monthly', 'sum');
    expect(sums.get('2026-03-01')).toBeCloseTo(100.3, 12);
    const dec =
      "SELECT CAST(d AS DATE) AS date, CAST(v AS DECIMAL(10,2)) AS value FROM (VALUES ('2026-03-02', 0.10), ('2026-03-03', 0.20)) AS t(d, v)";
    // A decimal sum is exact: 0.30, written as the double nearest 0.3 (not 0.30000000000000004).
    expect((await pulled(adapter, dec, 'monthly', 'sum')).get('2026-03-01')).toBe(0.3);
  });

  it('returns nothing for a query with no rows', async () => {
    const text = 'SELECT CAST(NULL AS DATE) AS date, 1 AS value WHERE 1 = 0';
    expect((await pulled(adapter, text, 'weekly', 'last')).size).toBe(0);
  });
});
