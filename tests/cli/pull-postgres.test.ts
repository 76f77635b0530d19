/** `plumbline pull` against a real PostgreSQL server (a private cluster started for this file). */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { cli } from '../helpers/cli.ts';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';
import { startPostgres, type PostgresServer } from '../helpers/postgres-server.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();
let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgres();
  server.psql(
    [
      'CREATE TABLE orders (placed_at timestamptz NOT NULL, amount numeric(12,2), region text)',
      "INSERT INTO orders VALUES ('2026-01-05 09:00+00', 10.10, 'north'), ('2026-01-07 18:00+00', 20.20, 'south'), ('2026-01-11 23:30-02', 5, 'north'), ('2026-01-12 08:00+00', 7.5, 'north')",
    ].join('; '),
  );
}, 120_000);

afterAll(() => server?.stop());

function pull(args: string[], cwd: string, env: Record<string, string | undefined>) {
  return cli(['pull', ...args], { cwd, env });
}

async function project(sql: string, extra: Record<string, string> = {}) {
  const files = projectFiles({
    'metrics/revenue.yaml': metricYaml({
      name: 'Revenue',
      objectives: ['grow-sales'],
      cadence: 'weekly',
      aggregate: 'sum',
      source: { system: 'Orders database', connection: 'warehouse' },
    }),
    'metrics/revenue.csv': 'date,value,note\n',
    'metrics/revenue.sql': sql,
    'sources.yaml':
      'connections:\n  warehouse:\n    type: postgres\n    url_env: WAREHOUSE_URL\n  files:\n    type: duckdb\n',
    ...extra,
  });
  const { dir, cleanup } = await tempProject(files);
  defer(cleanup);
  return dir;
}

const ORDERS = 'SELECT placed_at AS date, amount AS value\nFROM orders\n';

describe('plumbline pull (PostgreSQL)', () => {
  it('pulls weekly sums, each order on its UTC day, and a second pull changes no byte', async () => {
    const dir = await project(ORDERS);
    const env = { WAREHOUSE_URL: server.url };
    const r = await pull(['.'], dir, env);
    expect(r.code).toBe(0);
    // Week of Mon 2026-01-05: 10.10 + 20.20 = 30.3; 2026-01-11 23:30 at -02:00 is Monday the
    // 12th 01:30 UTC, so the week of the 12th has 5 + 7.5 = 12.5.
    const csv = readFileSync(path.join(dir, 'metrics/revenue.csv'), 'utf8');
    expect(csv).toBe('date,value,note\n2026-W02,30.3,\n2026-W03,12.5,\n');
    expect((await pull(['.'], dir, env)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'metrics/revenue.csv'), 'utf8')).toBe(csv);
  });

  it('maps a SQL error position back through the wrapping to the .sql line and column', async () => {
    const dir = await project('SELECT placed_at AS date,\n  amont AS value\nFROM orders\n');
    const r = await pull(['.', '--format', 'json'], dir, { WAREHOUSE_URL: server.url });
    expect(r.code).toBe(1);
    const error = JSON.parse(r.stdout).kpis[0].error;
    // `amont` is at line 2, column 3 of the file.
    expect(error).toMatchObject({
      rule: 'pull-query',
      file: 'metrics/revenue.sql',
      line: 2,
      col: 3,
    });
    expect(error.message).toContain('column "amont" does not exist');
  });

  it('maps an error found only when the wrapped query runs', async () => {
    // Division by zero happens while rows are read, inside the aggregating query.
    const dir = await project('SELECT placed_at AS date,\n  amount / 0 AS value\nFROM orders\n');
    const r = await pull(['.', '--format', 'json'], dir, { WAREHOUSE_URL: server.url });
    const error = JSON.parse(r.stdout).kpis[0].error;
    expect(error).toMatchObject({ rule: 'pull-query', file: 'metrics/revenue.sql' });
    expect(error.message).toContain('division by zero');
  });

  it('says the environment variable is not set only when pulling', async () => {
    const dir = await project(ORDERS);
    const check = await runCli(['check', '.'], {
      stdout: () => {},
      stderr: () => {},
      cwd: dir,
      today: () => '2026-11-24',
    });
    expect(check).toBe(0);
    const r = await pull(['.', '--format', 'json'], dir, {});
    expect(r.code).toBe(1);
    const error = JSON.parse(r.stdout).kpis[0].error;
    expect(error.rule).toBe('pull-connection');
    expect(error.message).toBe(
      'Connection `warehouse` (postgres): the environment variable WAREHOUSE_URL is not set.',
    );
  });

  it('says which connection cannot be reached and why, without the password', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const dir = await project(ORDERS);
    const url = `postgres://kpi:s3cret@127.0.0.1:${port}/warehouse`;
    const r = await pull(['.', '--format', 'json'], dir, { WAREHOUSE_URL: url });
    expect(r.code).toBe(1);
    const error = JSON.parse(r.stdout).kpis[0].error;
    expect(error.rule).toBe('pull-connection');
    expect(error.message).toContain(
      `Connection \`warehouse\` (postgres at 127.0.0.1:${port}/warehouse, from WAREHOUSE_URL) cannot be reached:`,
    );
    expect(error.message).toContain('ECONNREFUSED');
    expect(r.stdout).not.toContain('s3cret');
  });

  it('cancels a query longer than --timeout on the server', async () => {
    const dir = await project(
      'SELECT placed_at AS date, amount AS value\nFROM orders, pg_sleep(30)\n',
    );
    const r = await pull(['.', '--timeout', '1s', '--format', 'json'], dir, {
      WAREHOUSE_URL: server.url,
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).kpis[0].error.rule).toBe('pull-timeout');
    // Nothing of it still runs on the server.
    const active = server.psql(
      "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND state = 'active' AND pid <> pg_backend_pid()",
    );
    expect(active.trim()).toBe('0');
  });
});
