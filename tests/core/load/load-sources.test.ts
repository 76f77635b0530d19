import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { loadSources } from '../../../src/core/load/load-sources.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

function where(diagnostics: readonly Diagnostic[]) {
  return sortDiagnostics(diagnostics).map(({ rule, file, line, col }) => ({
    rule,
    file,
    line,
    col,
  }));
}

function load(overrides: Record<string, string | null>) {
  const files = projectFiles(overrides);
  const loaded = loadProject(files);
  return { ...loaded, sources: loadSources(files, loaded.project) };
}

const DUCK = 'connections:\n  files:\n    type: duckdb\n    root: ../data\n';
const TWO = `${DUCK}  warehouse:\n    type: postgres\n    url_env: WAREHOUSE_URL\n`;
const QUERY = 'select day as date, amount as value from sales\n';

describe('sources.yaml and metrics/<id>.sql', () => {
  it('gives a query the only connection when its KPI names none', () => {
    const { diagnostics, sources } = load({ 'sources.yaml': DUCK, 'metrics/revenue.sql': QUERY });
    expect(diagnostics).toEqual([]);
    expect(sources.queries).toEqual([
      {
        kpi: 'revenue',
        file: 'metrics/revenue.sql',
        text: QUERY,
        connectionName: 'files',
        connection: { type: 'duckdb', root: '../data' },
      },
    ]);
  });

  it('uses the connection the KPI names, system optional', () => {
    const { diagnostics, sources } = load({
      'sources.yaml': TWO,
      'metrics/revenue.yaml': metricYaml({
        name: 'Revenue',
        objectives: ['grow-sales'],
        source: { connection: 'warehouse' },
      }),
      'metrics/revenue.sql': QUERY,
    });
    expect(diagnostics).toEqual([]);
    expect(sources.queries.map((q) => [q.kpi, q.connectionName, q.connection.type])).toEqual([
      ['revenue', 'warehouse', 'postgres'],
    ]);
  });

  it('reports a query whose KPI does not say which of several connections', () => {
    const { diagnostics, sources } = load({ 'sources.yaml': TWO, 'metrics/revenue.sql': QUERY });
    expect(where(diagnostics)).toEqual([
      { rule: 'sql-no-connection', file: 'metrics/revenue.sql', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.hint).toContain('source: { connection: files }');
    expect(sources.queries).toEqual([]);
  });

  it('reports a query without sources.yaml', () => {
    const { diagnostics } = load({ 'metrics/leads.sql': QUERY });
    expect(where(diagnostics)).toEqual([
      { rule: 'sql-no-connection', file: 'metrics/leads.sql', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.message).toContain('no sources.yaml');
  });

  it('reports an unknown connection name at the KPI field, with a suggestion', () => {
    // metricYaml writes keys in order: name, direction, team, cadence, objectives, source.
    const { diagnostics } = load({
      'sources.yaml': TWO,
      'metrics/revenue.yaml': metricYaml({
        name: 'Revenue',
        objectives: ['grow-sales'],
        source: { connection: 'warehose' },
      }),
      'metrics/revenue.sql': QUERY,
    });
    expect(where(diagnostics)).toEqual([
      { rule: 'sql-no-connection', file: 'metrics/revenue.yaml', line: 8, col: 15 },
    ]);
    expect(diagnostics[0]!.message).toContain('Did you mean `warehouse`?');
  });

  it('reports a query for a KPI that does not exist', () => {
    const { diagnostics, sources } = load({ 'sources.yaml': DUCK, 'metrics/revenu.sql': QUERY });
    expect(where(diagnostics)).toEqual([
      { rule: 'sql-orphan', file: 'metrics/revenu.sql', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(diagnostics[0]!.hint).toContain('Did you mean `revenue`?');
    expect(sources.queries).toEqual([]);
  });

  it('refuses a password or a connection string written into the file', () => {
    const text = [
      'connections:',
      '  warehouse:',
      '    type: postgres',
      '    url: postgres://kpi:hunter2@db.internal/warehouse',
      '    password: hunter2',
      '  other:',
      '    type: postgres',
      '    url_env: postgres://kpi:hunter2@db/x',
      '',
    ].join('\n');
    const { diagnostics } = load({ 'sources.yaml': text });
    expect(where(diagnostics)).toEqual([
      { rule: 'schema-value', file: 'sources.yaml', line: 4, col: 10 },
      { rule: 'schema-value', file: 'sources.yaml', line: 5, col: 15 },
      { rule: 'schema-value', file: 'sources.yaml', line: 8, col: 14 },
    ]);
    for (const d of diagnostics) expect(d.hint).toContain('url_env');
    // The secret itself is never echoed back into logs.
    for (const d of diagnostics) expect(`${d.message} ${d.hint}`).not.toContain('hunter2');
  });

  it('reports positioned schema errors: unknown type, missing url_env, misplaced root', () => {
    const text = [
      'connections:',
      '  a:',
      '    type: mysql',
      '  b:',
      '    type: postgres',
      '  c:',
      '    type: postgres',
      '    url_env: C_URL',
      '    root: ../data',
      '  Bad_Name:',
      '    type: duckdb',
      '',
    ].join('\n');
    const { diagnostics } = load({ 'sources.yaml': text });
    expect(where(diagnostics)).toEqual([
      { rule: 'schema-value', file: 'sources.yaml', line: 3, col: 11 },
      { rule: 'schema-missing', file: 'sources.yaml', line: 5, col: 11 },
      { rule: 'schema-value', file: 'sources.yaml', line: 9, col: 11 },
      { rule: 'schema-value', file: 'sources.yaml', line: 10, col: 3 },
    ]);
  });

  it('reads .sql files without calling them unexpected, and a stray .txt still is', () => {
    const { diagnostics } = load({
      'sources.yaml': DUCK,
      'metrics/revenue.sql': QUERY,
      'metrics/notes.txt': 'x',
    });
    expect(where(diagnostics)).toEqual([
      { rule: 'file-unexpected', file: 'metrics/notes.txt', line: 1, col: 1 },
    ]);
  });
});
