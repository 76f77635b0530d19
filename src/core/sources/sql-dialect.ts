import type { Grain } from '../period/period.ts';
import type { AGGREGATES } from '../schema/metric.ts';

/** How a KPI's readings within one period combine (metric.ts `aggregate`). */
export type Aggregate = (typeof AGGREGATES)[number];

/**
 * What a column holds, as far as the wrapping cares; each adapter maps its engine's type names to
 * one of these (DuckDB `TIMESTAMP WITH TIME ZONE`, PostgreSQL `timestamptz` → `timestamptz`).
 */
export type ColumnKind =
  'date' | 'timestamp' | 'timestamptz' | 'integer' | 'decimal' | 'float' | 'text' | 'other';

/** A column a query returns: its name as the engine spells it, its kind, the engine's type name. */
export interface QueryColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly type: string;
}

/**
 * The SQL one engine needs for the wrapping (wrap-query.ts): each function returns an expression.
 * A new engine (BigQuery, Snowflake, Trino) is one more object like duckdb-dialect.ts.
 */
export interface SqlDialect {
  /** Shown in messages: "DuckDB", "PostgreSQL". */
  readonly name: string;
  /** A quoted identifier. */
  quote(name: string): string;
  /** The column as a DATE in UTC, NULL where it cannot be read; null when the kind cannot be a date. */
  dayOf(column: string, kind: ColumnKind): string | null;
  /** What orders the rows of one period for `last`: the timestamp itself (in UTC) or the day. */
  orderOf(column: string, kind: ColumnKind, day: string): string;
  /** The column as a number, NULL where it is not a finite number; null when the kind cannot be one. */
  valueOf(column: string, kind: ColumnKind): string | null;
  /** The first day (a DATE) of the period of `grain` that holds the DATE `day`. */
  periodStart(day: string, grain: Grain): string;
  /** A DATE written as `YYYY-MM-DD` text. */
  dayText(day: string): string;
  /** A DATE literal for `YYYY-MM-DD`. */
  dayLiteral(text: string): string;
  /** One period's value as a double precision number; `order` ranks rows for `last`. */
  aggregate(aggregate: Aggregate, value: string, order: string, kind: ColumnKind): string;
  /** One period's notes: the distinct non-empty ones, sorted, joined by `; `. */
  notes(note: string): string;
  /** The column as text, for quoting a bad row in a message. */
  asText(column: string): string;
}
