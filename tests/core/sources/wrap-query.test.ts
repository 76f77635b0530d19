import { describe, expect, it } from 'vitest';
import { duckdbDialect } from '../../../src/core/sources/duckdb-dialect.ts';
import { postgresDialect } from '../../../src/core/sources/postgres-dialect.ts';
import { positionAt, queryText } from '../../../src/core/sources/query-text.ts';
import {
  aggregateSql,
  mapPosition,
  queryShape,
  type QueryShape,
} from '../../../src/core/sources/wrap-query.ts';

describe('queryText', () => {
  it('drops a trailing semicolon and trailing comments, keeps everything before', () => {
    expect(queryText('SELECT 1 -- one\n;\n-- done\n')).toEqual({ kind: 'ok', sql: 'SELECT 1' });
    expect(queryText('\uFEFFSELECT 1; /* end */')).toEqual({ kind: 'ok', sql: 'SELECT 1' });
    expect(queryText("SELECT ';' AS x; -- ok")).toEqual({ kind: 'ok', sql: "SELECT ';' AS x" });
    expect(queryText('SELECT $$a;b$$ AS x')).toEqual({ kind: 'ok', sql: 'SELECT $$a;b$$ AS x' });
    expect(queryText('SELECT "a;""b" FROM t')).toEqual({
      kind: 'ok',
      sql: 'SELECT "a;""b" FROM t',
    });
  });

  it('finds a second statement and an empty file', () => {
    expect(queryText('SELECT 1;\n  DELETE FROM t')).toEqual({ kind: 'several', line: 1, col: 9 });
    expect(queryText('-- nothing here\n;\n')).toEqual({ kind: 'empty' });
    expect(queryText('')).toEqual({ kind: 'empty' });
  });

  it('turns offsets into 1-based lines and columns', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});

describe('the wrapping', () => {
  const shape: QueryShape = {
    date: { name: 'Day', kind: 'timestamptz', type: 'timestamptz' },
    value: { name: 'value', kind: 'float', type: 'double' },
    note: null,
  };

  it('puts the query verbatim on line 2, column 1, for both dialects', () => {
    for (const dialect of [duckdbDialect, postgresDialect]) {
      const sql = 'SELECT a AS "Day",\n  b AS value FROM t';
      const wrapped = aggregateSql(
        sql,
        shape,
        { cadence: 'weekly', aggregate: 'last', since: '2026-01-05' },
        dialect,
      );
      const lines = wrapped.split('\n');
      expect(lines.slice(1, 3)).toEqual(['SELECT a AS "Day",', '  b AS value FROM t']);
      expect(wrapped).toContain(`>= DATE '2026-01-05'`);
      expect(wrapped).toContain("date_trunc('week'");
    }
  });

  it('maps engine positions back, and refuses positions in the wrapping', () => {
    const sql = 'SELECT 1\nFROM t';
    expect(mapPosition({ line: 3, col: 4 }, sql)).toEqual({ line: 2, col: 4 });
    expect(mapPosition({ line: 1, col: 4 }, sql)).toBeNull();
    expect(mapPosition({ line: 4, col: 1 }, sql)).toBeNull();
  });

  it('finds columns without regard to case and names what was returned', () => {
    const cols = (...names: [string, string][]) =>
      names.map(([name, kind]) => ({ name, kind: kind as 'text', type: kind.toUpperCase() }));
    expect(queryShape(cols(['DATE', 'date'], ['Value', 'integer']), duckdbDialect)).toMatchObject({
      shape: { date: { name: 'DATE' }, value: { name: 'Value' }, note: null },
    });
    expect(queryShape(cols(['day', 'date'], ['value', 'integer']), duckdbDialect)).toEqual({
      problem: { kind: 'missing', column: 'date', returned: ['day', 'value'] },
    });
    expect(queryShape(cols(['date', 'integer'], ['value', 'integer']), duckdbDialect)).toEqual({
      problem: { kind: 'type', column: 'date', type: 'INTEGER' },
    });
    expect(queryShape(cols(['date', 'date'], ['value', 'other']), postgresDialect)).toEqual({
      problem: { kind: 'type', column: 'value', type: 'OTHER' },
    });
    expect(
      queryShape(cols(['date', 'date'], ['value', 'float'], ['VALUE', 'float']), duckdbDialect),
    ).toEqual({
      problem: { kind: 'duplicate', column: 'value' },
    });
  });
});
