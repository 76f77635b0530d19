import type { QueryColumn, SqlDialect } from '../../core/sources/sql-dialect.ts';

/** A cell of a result row as Node sees it: text, a number, or NULL. */
export type Cell = string | number | null;

/**
 * One open connection to a SQL engine, as `plumbline pull` uses it. A new engine (BigQuery,
 * Snowflake, Trino…) is one file implementing this, one SqlDialect (src/core/sources/), and one
 * line in open-adapter.ts; its connection type goes into CONNECTION_TYPES in
 * src/core/schema/sources.ts.
 */
export interface SourceAdapter {
  /** The SQL the wrapping writes for this engine. */
  readonly dialect: SqlDialect;
  /** How many queries may run at once on this connection. */
  readonly parallel: number;
  /**
   * The columns a query returns, without reading its rows. Errors carry positions in `sql`
   * itself (the adapter maps back any wrapping of its own).
   */
  describe(sql: string, timeoutMs: number): Promise<QueryColumn[]>;
  /** Runs a query to the end; rows in column order. Errors carry positions in `sql`. */
  rows(sql: string, timeoutMs: number): Promise<Cell[][]>;
  /** Releases the connection; safe to call twice. */
  close(): Promise<void>;
}

/** Why a source failed: the kind decides the rule and the words. */
export type SourceErrorKind = 'connection' | 'query' | 'timeout';

/** A failure of the engine or the connection, with the engine's own words. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly kind: SourceErrorKind;
  /** 1-based line and column in the SQL text that was run, when the engine gave one. */
  readonly position: { readonly line: number; readonly col: number } | null;

  constructor(
    kind: SourceErrorKind,
    message: string,
    position: { line: number; col: number } | null = null,
  ) {
    super(message);
    this.kind = kind;
    this.position = position;
  }
}
