/**
 * The SQL that makes the engine do the work (SPEC §5 pull): the KPI's query, verbatim, inside a
 * CTE; each row's date read as a day in UTC and its value as a number; rows grouped by the KPI's
 * period (ISO weeks from Monday, months, quarters, years) with the KPI's aggregate. Only one row
 * per period reaches Node:
 *
 *   period (YYYY-MM-DD, first day) | value | note | rows | values
 *
 * `rows - values` counts rows whose value is NULL or not a number, and a row whose period is
 * NULL counts rows whose date is NULL or unreadable: then badRowsSql finds them to name them.
 *
 * The query starts on line 2 of every wrapping and at its column 1, so an engine's error
 * position maps back to the .sql file by subtracting QUERY_LINE_OFFSET lines (mapPosition).
 */
import { GRAIN_OF, type Cadence } from '../period/period.ts';
import type { Aggregate, QueryColumn, SqlDialect } from './sql-dialect.ts';

/** Lines of wrapping before the query's first line. */
export const QUERY_LINE_OFFSET = 1;
const OPEN = 'WITH plumbline_query AS (\n';
const CLOSE = '\n)\n';

/** The columns a KPI query must or may return. */
export interface QueryShape {
  readonly date: QueryColumn;
  readonly value: QueryColumn;
  readonly note: QueryColumn | null;
}

/** Why a query's columns cannot be wrapped; each names what the query returned. */
export type ShapeProblem =
  | { readonly kind: 'missing'; readonly column: 'date' | 'value'; readonly returned: string[] }
  | { readonly kind: 'duplicate'; readonly column: string }
  | {
      readonly kind: 'type';
      readonly column: 'date' | 'value';
      readonly type: string;
    };

/** Finds the date, value and note columns (names compared without case) and checks their types. */
export function queryShape(
  columns: readonly QueryColumn[],
  dialect: SqlDialect,
): { shape: QueryShape } | { problem: ShapeProblem } {
  const returned = columns.map((c) => c.name);
  const found: Partial<Record<'date' | 'value' | 'note', QueryColumn>> = {};
  for (const name of ['date', 'value', 'note'] as const) {
    const matches = columns.filter((c) => c.name.toLowerCase() === name);
    if (matches.length > 1) return { problem: { kind: 'duplicate', column: name } };
    if (matches.length === 1) found[name] = matches[0]!;
  }
  const { date, value, note } = found;
  if (date === undefined) return { problem: { kind: 'missing', column: 'date', returned } };
  if (value === undefined) return { problem: { kind: 'missing', column: 'value', returned } };
  if (dialect.dayOf('x', date.kind) === null)
    return { problem: { kind: 'type', column: 'date', type: date.type } };
  if (dialect.valueOf('x', value.kind) === null)
    return { problem: { kind: 'type', column: 'value', type: value.type } };
  return { shape: { date, value, note: note ?? null } };
}

/** What the aggregation needs to know about the KPI. */
export interface WrapOptions {
  readonly cadence: Cadence;
  readonly aggregate: Aggregate;
  /** Only rows on or after this day (`YYYY-MM-DD`): the first day of `--since`'s period. */
  readonly since: string | null;
}

/** The aggregating query: one row per period, in period order. */
export function aggregateSql(
  sql: string,
  shape: QueryShape,
  options: WrapOptions,
  dialect: SqlDialect,
): string {
  const q = dialect.quote;
  const { day, value, order } = rowExpressions(shape, dialect);
  const note = shape.note === null ? null : q(shape.note.name);
  const grain = GRAIN_OF[options.cadence];
  const since =
    options.since === null
      ? ''
      : `WHERE plumbline_day >= ${dialect.dayLiteral(options.since)} OR plumbline_day IS NULL\n`;
  return (
    `${OPEN}${sql}${CLOSE}` +
    `, plumbline_rows AS (\n` +
    `SELECT ${day} AS plumbline_day, ${order} AS plumbline_order, ${value} AS plumbline_value` +
    `${note === null ? '' : `, ${note} AS plumbline_note`}\n` +
    `FROM plumbline_query\n)\n` +
    `SELECT ${dialect.dayText(dialect.periodStart('plumbline_day', grain))} AS period,\n` +
    `  ${dialect.aggregate(options.aggregate, 'plumbline_value', 'plumbline_order', shape.value.kind)} AS value,\n` +
    `  ${note === null ? 'NULL' : dialect.notes('plumbline_note')} AS note,\n` +
    `  count(*) AS plumbline_rows, count(plumbline_value) AS plumbline_values\n` +
    `FROM plumbline_rows\n${since}GROUP BY 1\nORDER BY 1`
  );
}

/** Up to `limit` rows whose date or value cannot be read, as text, to name them in a message. */
export function badRowsSql(
  sql: string,
  shape: QueryShape,
  since: string | null,
  dialect: SqlDialect,
  limit = 3,
): string {
  const q = dialect.quote;
  const { day, value } = rowExpressions(shape, dialect);
  const sinceFilter =
    since === null ? '' : ` AND (${day} >= ${dialect.dayLiteral(since)} OR ${day} IS NULL)`;
  return (
    `${OPEN}${sql}${CLOSE}` +
    `SELECT ${dialect.asText(q(shape.date.name))} AS date, ${dialect.asText(q(shape.value.name))} AS value,\n` +
    `  CASE WHEN ${day} IS NULL THEN 'date' ELSE 'value' END AS problem\n` +
    `FROM plumbline_query\nWHERE (${day} IS NULL OR ${value} IS NULL)${sinceFilter}\nLIMIT ${limit}`
  );
}

/** The query's columns without its rows (for engines that cannot describe a statement unrun). */
export function probeSql(sql: string): string {
  return `SELECT * FROM (\n${sql}\n) AS plumbline_query LIMIT 0`;
}

function rowExpressions(
  shape: QueryShape,
  dialect: SqlDialect,
): { day: string; value: string; order: string } {
  const q = dialect.quote;
  const date = q(shape.date.name);
  const day = dialect.dayOf(date, shape.date.kind)!;
  return {
    day,
    value: dialect.valueOf(q(shape.value.name), shape.value.kind)!,
    order: dialect.orderOf(date, shape.date.kind, day),
  };
}

/**
 * The position in the .sql file of an engine's error position in a wrapping (1-based line and
 * column of the wrapped text), or null when it falls in the wrapping rather than the query.
 */
export function mapPosition(
  at: { line: number; col: number },
  sql: string,
): { line: number; col: number } | null {
  const line = at.line - QUERY_LINE_OFFSET;
  const lines = sql.split('\n');
  if (line < 1 || line > lines.length) return null;
  return { line, col: Math.min(Math.max(at.col, 1), lines[line - 1]!.length + 1) };
}
