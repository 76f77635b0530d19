import { assertNever } from '../period/period.ts';
import type { SqlDialect } from './sql-dialect.ts';

/** A plain decimal number as text, as a readings CSV writes one. */
const NUMBER_TEXT = String.raw`'^\s*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$'`;
/** A `YYYY-MM-DD` date at the start of a text (a timestamp's time may follow). */
const DATE_TEXT = String.raw`'^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?$'`;

/**
 * PostgreSQL, and the engines that speak its protocol. PostgreSQL 15 has no safe cast, so text is
 * checked by pattern before it is cast; numeric sums are exact, so the result never depends on
 * the order rows arrive in.
 */
export const postgresDialect: SqlDialect = {
  name: 'PostgreSQL',
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  dayOf(column, kind) {
    switch (kind) {
      case 'date':
        return column;
      case 'timestamp':
        return `CAST(${column} AS DATE)`;
      case 'timestamptz':
        // SPEC: a timestamp with a time zone counts on its day in UTC.
        return `CAST((${column} AT TIME ZONE 'UTC') AS DATE)`;
      case 'text':
        return `CASE WHEN ${column} ~ ${DATE_TEXT} THEN CAST(substr(trim(${column}), 1, 10) AS DATE) END`;
      case 'integer':
      case 'decimal':
      case 'float':
      case 'other':
        return null;
      default:
        return assertNever(kind);
    }
  },
  orderOf(column, kind, day) {
    if (kind === 'timestamp') return column;
    if (kind === 'timestamptz') return `(${column} AT TIME ZONE 'UTC')`;
    return day;
  },
  valueOf(column, kind) {
    switch (kind) {
      case 'integer':
      case 'decimal':
        return column;
      case 'float':
        return `CASE WHEN ${column} NOT IN ('NaN', 'Infinity', '-Infinity') THEN ${column} END`;
      case 'text':
        return `CASE WHEN ${column} ~ ${NUMBER_TEXT} THEN CAST(${column} AS DOUBLE PRECISION) END`;
      case 'date':
      case 'timestamp':
      case 'timestamptz':
      case 'other':
        return null;
      default:
        return assertNever(kind);
    }
  },
  periodStart(day, grain) {
    return grain === 'day' ? day : `CAST(date_trunc('${grain}', ${day}) AS DATE)`;
  },
  dayText: (day) => `to_char(${day}, 'YYYY-MM-DD')`,
  dayLiteral: (text) => `DATE '${text}'`,
  aggregate(aggregate, value, order) {
    switch (aggregate) {
      case 'sum':
        return `CAST(sum(${value}) AS DOUBLE PRECISION)`;
      case 'mean':
        return `CAST(avg(${value}) AS DOUBLE PRECISION)`;
      case 'min':
        return `CAST(min(${value}) AS DOUBLE PRECISION)`;
      case 'max':
        return `CAST(max(${value}) AS DOUBLE PRECISION)`;
      case 'last':
        // The latest row; on a tie, the larger value, so the result never depends on scan order.
        return `CAST((array_agg(${value} ORDER BY ${order} DESC, ${value} DESC) FILTER (WHERE ${value} IS NOT NULL))[1] AS DOUBLE PRECISION)`;
      default:
        return assertNever(aggregate);
    }
  },
  notes: (note) =>
    `string_agg(DISTINCT NULLIF(trim(CAST(${note} AS TEXT)), ''), '; ' ORDER BY NULLIF(trim(CAST(${note} AS TEXT)), ''))`,
  asText: (column) => `CAST(${column} AS TEXT)`,
};
