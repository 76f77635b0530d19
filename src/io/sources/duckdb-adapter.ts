import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { duckdbDialect } from '../../core/sources/duckdb-dialect.ts';
import type { ColumnKind, QueryColumn } from '../../core/sources/sql-dialect.ts';
import { SourceError, type Cell, type SourceAdapter } from './source-adapter.ts';

/**
 * DuckDB, embedded: SQL over CSV, Parquet and JSON files under `root`, no server. Extensions that
 * download at run time are switched off, so a query needs only what ships in the package.
 */
export async function openDuckdb(name: string, root: string): Promise<SourceAdapter> {
  try {
    if (!(await stat(root)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new SourceError(
      'connection',
      `Connection \`${name}\` (duckdb): its root ${root} is not a folder.`,
    );
  }
  // A query too big for memory spills here, not into a .tmp folder wherever pull was started.
  const spill = await mkdtemp(path.join(tmpdir(), 'plumbline-duckdb-'));
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      file_search_path: root,
      temp_directory: spill,
    });
  } catch (error) {
    await rm(spill, { recursive: true, force: true });
    throw new SourceError(
      'connection',
      `Connection \`${name}\` (duckdb) cannot start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let closed = false;
  const withConnection = async <T>(
    sql: string,
    timeoutMs: number,
    run: (c: DuckDBConnection) => Promise<T>,
  ): Promise<T> => {
    const connection = await instance.connect();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, timeoutMs);
    try {
      return await run(connection);
    } catch (error) {
      if (timedOut)
        throw new SourceError('timeout', `DuckDB stopped the query after ${timeoutMs} ms.`);
      throw toSourceError(error, sql);
    } finally {
      clearTimeout(timer);
      connection.closeSync();
    }
  };
  return {
    dialect: duckdbDialect,
    // DuckDB already spreads one query over every core; two at once keep them busy between queries.
    parallel: 2,
    describe: (sql, timeoutMs) =>
      withConnection(sql, timeoutMs, async (c) => {
        const prepared = await c.prepare(sql);
        try {
          const columns: QueryColumn[] = [];
          for (let i = 0; i < prepared.columnCount; i++) {
            const type = prepared.columnType(i).toString();
            columns.push({ name: prepared.columnName(i), type, kind: kindOf(type) });
          }
          return columns;
        } finally {
          prepared.destroySync();
        }
      }),
    rows: (sql, timeoutMs) =>
      withConnection(sql, timeoutMs, async (c) => {
        const reader = await c.runAndReadAll(sql);
        return reader.getRowsJS().map((row) => row.map(toCell));
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      instance.closeSync();
      await rm(spill, { recursive: true, force: true });
    },
  };
}

/** The column kind of a DuckDB type name. */
export function kindOf(type: string): ColumnKind {
  if (type === 'DATE') return 'date';
  if (type === 'TIMESTAMP WITH TIME ZONE') return 'timestamptz';
  if (/^TIMESTAMP(_S|_MS|_NS)?$/.test(type)) return 'timestamp';
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type)) return 'integer';
  if (type.startsWith('DECIMAL')) return 'decimal';
  if (type === 'FLOAT' || type === 'DOUBLE') return 'float';
  if (type === 'VARCHAR') return 'text';
  return 'other';
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

/**
 * DuckDB writes a position as `LINE n: <excerpt>` with a caret under the excerpt, which may be cut
 * with `...` on either side; the column is found by locating the excerpt in the line it quotes.
 */
export function toSourceError(error: unknown, sql: string): SourceError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /\n\s*LINE (\d+): (.*)\n( *)\^/.exec(message);
  const words = message.replace(/\n+\s*LINE \d+:[\s\S]*$/, '').trim();
  if (at === null) return new SourceError('query', words);
  const line = Number(at[1]);
  const prefix = `LINE ${at[1]}: `.length;
  let excerpt = at[2]!;
  let caret = at[3]!.length - prefix;
  if (excerpt.startsWith('...')) {
    excerpt = excerpt.slice(3);
    caret -= 3;
  }
  if (excerpt.endsWith('...')) excerpt = excerpt.slice(0, -3);
  const source = sql.split('\n')[line - 1] ?? '';
  const start = Math.max(0, source.indexOf(excerpt.slice(0, 40)));
  return new SourceError('query', words, { line, col: start + caret + 1 });
}
