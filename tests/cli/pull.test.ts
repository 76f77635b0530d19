/** `plumbline pull` end to end against DuckDB over files: merge, idempotence, usage, errors. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

function pull(args: string[], cwd: string, env: Record<string, string> = {}) {
  return cli(['pull', ...args], { cwd, env });
}

/** Sales events: 3 in January, 2 in February (one at 23:30 on Feb 28 at -05:00 = March 1 UTC). */
const EVENTS = [
  'sold_at,amount,region',
  '2026-01-03 10:00:00+00,100,north',
  '2026-01-20 10:00:00+00,50,south',
  '2026-01-31 23:00:00+00,25,north',
  '2026-02-10 09:00:00+00,40,north',
  '2026-02-28 23:30:00-05,60,south',
  '',
].join('\n');

const SALES_SQL = [
  '-- Revenue per sale',
  'SELECT sold_at AS date, amount AS value',
  "FROM read_csv('events.csv', header = true, columns = {'sold_at': 'TIMESTAMPTZ', 'amount': 'INTEGER', 'region': 'VARCHAR'})",
  '',
].join('\n');

async function project(extra: Record<string, string> = {}) {
  const files = Object.fromEntries(
    projectFiles({
      'metrics/revenue.yaml': metricYaml({
        name: 'Revenue',
        objectives: ['grow-sales'],
        aggregate: 'sum',
      }),
      'metrics/revenue.csv':
        'date,value,note\n2025-12,90,Before the warehouse\n2026-01,170,Checked by Ana\n',
      'metrics/revenue.sql': SALES_SQL,
      'sources.yaml': 'connections:\n  files:\n    type: duckdb\n    root: ../data\n',
    }).map((f) => [`kpis/${f.path}`, 'text' in f ? f.text : '']),
  );
  const { dir, cleanup } = await tempProject({ ...files, 'data/events.csv': EVENTS, ...extra });
  defer(cleanup);
  return dir;
}

const read = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');

describe('plumbline pull (DuckDB)', () => {
  it('appends new periods, keeps rows and notes, and a second pull changes no byte', async () => {
    const dir = await project();
    const first = await pull(['kpis'], dir);
    expect(first.stderr).toContain('Pulling 1/1 KPIs');
    expect(first.code).toBe(0);
    // January: 100 + 50 + 25 = 175 (revised from 170); February: 40; March: 60 (UTC day).
    expect(read(dir, 'kpis/metrics/revenue.csv')).toBe(
      'date,value,note\n2025-12,90,Before the warehouse\n2026-01,175,Checked by Ana\n2026-02,40,\n2026-03,60,\n',
    );
    expect(first.stdout).toContain('revenue     2 new (2026-02, 2026-03), 1 revised, 1 kept');
    expect(first.stdout).toContain('2026-01: 170 → 175');
    expect(first.stdout).toContain('Pulled 1 KPI: 2 new periods, 1 revision, 0 errors.');
    const before = read(dir, 'kpis/metrics/revenue.csv');
    const second = await pull(['kpis'], dir);
    expect(second.code).toBe(0);
    expect(read(dir, 'kpis/metrics/revenue.csv')).toBe(before);
    expect(second.stdout).toContain('1 kept that the query no longer returns');
    expect(second.stdout).toContain('0 new periods, 0 revisions');
  });

  it('--dry-run writes nothing; --format json says what would change', async () => {
    const dir = await project();
    const before = read(dir, 'kpis/metrics/revenue.csv');
    const r = await pull(['kpis', '--dry-run', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(read(dir, 'kpis/metrics/revenue.csv')).toBe(before);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ asOf: '2026-11-24', dryRun: true, changed: 1, errors: 0 });
    expect(json.kpis[0]).toMatchObject({
      kpi: 'revenue',
      status: 'changed',
      added: ['2026-02', '2026-03'],
      revised: [{ period: '2026-01', from: 170, to: 175 }],
    });
  });

  it('--since pulls only from the period holding the date', async () => {
    const dir = await project();
    const r = await pull(['kpis', '--since', '2026-02-15'], dir);
    expect(r.code).toBe(0);
    // January is outside the pulled range: its 170 stays.
    expect(read(dir, 'kpis/metrics/revenue.csv')).toContain(
      '2026-01,170,Checked by Ana\n2026-02,40,\n2026-03,60,\n',
    );
  });

  it('rejects bad usage with exit 2', async () => {
    const dir = await project();
    expect((await pull(['kpis', '--kpi', 'revenu'], dir)).stderr).toContain(
      'Did you mean `revenue`?',
    );
    expect((await pull(['kpis', '--kpi', 'revenu'], dir)).code).toBe(2);
    expect((await pull(['kpis', '--kpi', 'leads'], dir)).stderr).toContain('metrics/leads.sql');
    expect((await pull(['kpis', '--timeout', 'soon'], dir)).code).toBe(2);
    expect((await pull(['kpis', '--since', '2026-02-30'], dir)).code).toBe(2);
    expect((await pull(['kpis', '--format', 'github'], dir)).code).toBe(2);
    expect((await pull(['nowhere'], dir)).code).toBe(2);
  });

  it('points a SQL error at the .sql line and column, and still writes the other KPIs', async () => {
    const dir = await project({
      'kpis/metrics/leads.sql':
        "SELECT sold_at AS date,\n       amout AS value\nFROM read_csv_auto('events.csv')\n",
    });
    const r = await pull(['kpis'], dir);
    expect(r.code).toBe(1);
    // `amout` starts at line 2, column 8 of leads.sql.
    expect(r.stdout).toMatch(
      /leads +error kpis\/metrics\/leads\.sql:2:8 — DuckDB could not run the query: Binder Error: Referenced column "amout" not found/,
    );
    expect(read(dir, 'kpis/metrics/revenue.csv')).toContain('2026-03,60,');
  });

  it('names what the query returned when a column is missing', async () => {
    const dir = await project({
      'kpis/metrics/revenue.sql': "SELECT sold_at, amount FROM read_csv_auto('events.csv')",
    });
    const r = await pull(['kpis', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const error = JSON.parse(r.stdout).kpis[0].error;
    expect(error).toMatchObject({
      rule: 'pull-column',
      file: 'metrics/revenue.sql',
      line: 1,
      col: 1,
    });
    expect(error.message).toBe(
      'The query returns no `date` column; it returns `sold_at`, `amount`.',
    );
  });

  it('names a row with a NULL value, an unreadable date, or a value that is not a number', async () => {
    const cases = [
      {
        sql: "SELECT DATE '2026-01-02' AS date, NULL::INTEGER AS value",
        words:
          'whose value is NULL or not a finite number, such as the row with date `2026-01-02` and value NULL',
      },
      {
        sql: "SELECT '2026-02-30' AS date, 1 AS value",
        words:
          'whose date is NULL or not a date, such as the row with date `2026-02-30` and value `1`',
      },
      {
        sql: "SELECT DATE '2026-01-02' AS date, 'n/a' AS value",
        words: 'such as the row with date `2026-01-02` and value `n/a` (no usable value)',
      },
    ];
    for (const c of cases) {
      const dir = await project({ 'kpis/metrics/revenue.sql': c.sql });
      const r = await pull(['kpis'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(c.words);
      expect(read(dir, 'kpis/metrics/revenue.csv')).toBe(
        'date,value,note\n2025-12,90,Before the warehouse\n2026-01,170,Checked by Ana\n',
      );
    }
  });

  it('interrupts a DuckDB query longer than --timeout', async () => {
    const slow =
      "SELECT DATE '2026-01-01' + CAST(i % 300 AS INTEGER) AS date, i AS value FROM range(100000000000) t(i)";
    const dir = await project({ 'kpis/metrics/revenue.sql': slow });
    const r = await pull(['kpis', '--timeout', '300ms', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).kpis[0].error).toMatchObject({ rule: 'pull-timeout', line: 1 });
  });

  it('says which connection cannot be opened and why', async () => {
    const dir = await project({
      'kpis/sources.yaml': 'connections:\n  files:\n    type: duckdb\n    root: ../missing\n',
    });
    const r = await pull(['kpis', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const error = JSON.parse(r.stdout).kpis[0].error;
    expect(error.rule).toBe('pull-connection');
    expect(error.message).toContain('Connection `files` (duckdb): its root');
    expect(error.message).toContain('missing is not a folder');
  });

  it('reports a query file with two statements at the second one', async () => {
    const dir = await project({
      'kpis/metrics/revenue.sql': 'SELECT 1 AS date, 2 AS value;\nDELETE FROM x;\n',
    });
    const r = await pull(['kpis', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).kpis[0].error).toMatchObject({
      rule: 'pull-query',
      line: 1,
      col: 29,
    });
  });

  it('stops at problems in sources.yaml before running anything', async () => {
    const dir = await project({
      'kpis/sources.yaml': 'connections:\n  files:\n    type: duckdb\n    password: x\n',
    });
    const r = await pull(['kpis'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kpis/sources.yaml');
    expect(r.stderr).toContain('url_env');
  });

  it('says so when no KPI has a query', async () => {
    const dir = await project();
    writeFileSync(path.join(dir, 'kpis/metrics/revenue.sql'), '');
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'kpis/metrics/revenue.sql'));
    const r = await pull(['kpis'], dir);
    expect(r).toMatchObject({
      code: 0,
      stdout: 'No KPI has a query (metrics/<id>.sql): nothing to pull.\n',
    });
  });
});
