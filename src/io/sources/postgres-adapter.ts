import pg from 'pg';
import { postgresDialect } from '../../core/sources/postgres-dialect.ts';
import { positionAt } from '../../core/sources/query-text.ts';
import type { ColumnKind, QueryColumn } from '../../core/sources/sql-dialect.ts';
import { probeSql, QUERY_LINE_OFFSET } from '../../core/sources/wrap-query.ts';
import { SourceError, type Cell, type SourceAdapter } from './source-adapter.ts';

/** Queries at once on one PostgreSQL connection string. */
const PARALLEL = 4;

/**
 * PostgreSQL and the engines that speak its protocol, through `pg`. Each query sets
 * `statement_timeout`, so a query longer than --timeout is cancelled by the server itself.
 */
export async function openPostgres(
  name: string,
  envName: string,
  url: string | undefined,
): Promise<SourceAdapter> {
  if (url === undefined || url.trim() === '') {
    throw new SourceError(
      'connection',
      `Connection \`${name}\` (postgres): the environment variable ${envName} is not set.`,
    );
  }
  const where = `Connection \`${name}\` (postgres${describeUrl(url)}, from ${envName})`;
  const pool = new pg.Pool({
    connectionString: url,
    max: PARALLEL,
    connectionTimeoutMillis: 15_000,
    application_name: 'plumbline pull',
    options: '-c TimeZone=UTC -c DateStyle=ISO',
  });
  pool.on('error', () => {}); // an idle client dropped by the server: the next query reconnects
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new SourceError('connection', `${where} cannot be reached: ${reason(error)}`);
  }
  let closed = false;
  const run = async (sql: string, timeoutMs: number): Promise<pg.QueryArrayResult> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw new SourceError('connection', `${where} cannot be reached: ${reason(error)}`);
    }
    try {
      await client.query(`SET statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
      return await client.query({ text: sql, rowMode: 'array' });
    } catch (error) {
      const e = error as { code?: string; position?: string; message?: string };
      if (e.code === '57014')
        throw new SourceError('timeout', `PostgreSQL cancelled the query after ${timeoutMs} ms.`);
      if (e.code === undefined || !/^[0-9A-Z]{5}$/.test(e.code))
        throw new SourceError('connection', `${where} failed: ${reason(error)}`);
      const position = e.position === undefined ? null : positionAt(sql, Number(e.position) - 1);
      throw new SourceError('query', e.message ?? String(error), position);
    } finally {
      client.release();
    }
  };
  return {
    dialect: postgresDialect,
    parallel: PARALLEL,
    async describe(sql, timeoutMs) {
      try {
        const result = await run(probeSql(sql), timeoutMs);
        return result.fields.map((f): QueryColumn => {
          const known = TYPES[f.dataTypeID];
          return {
            name: f.name,
            type: known?.[1] ?? `type ${f.dataTypeID}`,
            kind: known?.[0] ?? 'other',
          };
        });
      } catch (error) {
        // probeSql puts the query one line down; report positions in the query itself.
        if (error instanceof SourceError && error.position !== null) {
          const line = error.position.line - QUERY_LINE_OFFSET;
          throw new SourceError(
            error.kind,
            error.message,
            line >= 1 ? { line, col: error.position.col } : null,
          );
        }
        throw error;
      }
    },
    async rows(sql, timeoutMs) {
      const result = await run(sql, timeoutMs);
      return result.rows.map((row) => row.map(toCell));
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** Kinds and names of the built-in types, by OID (pg_type). */
const TYPES: Record<number, [ColumnKind, string]> = {
  1082: ['date', 'date'],
  1114: ['timestamp', 'timestamp'],
  1184: ['timestamptz', 'timestamptz'],
  20: ['integer', 'bigint'],
  21: ['integer', 'smallint'],
  23: ['integer', 'integer'],
  1700: ['decimal', 'numeric'],
  700: ['float', 'real'],
  701: ['float', 'double precision'],
  25: ['text', 'text'],
  1043: ['text', 'varchar'],
  1042: ['text', 'char'],
  19: ['text', 'name'],
  16: ['other', 'boolean'],
  1083: ['other', 'time'],
  1186: ['other', 'interval'],
  114: ['other', 'json'],
  3802: ['other', 'jsonb'],
};

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

/** ` at host:port/database`, never the user or password; '' when the string is not a URL. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return ` at ${u.hostname}${u.port === '' ? '' : `:${u.port}`}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    return '';
  }
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: { message?: string }[] };
  const message =
    e.message || e.errors?.map((x) => x.message).join('; ') || e.code || String(error);
  return message.trim();
}
