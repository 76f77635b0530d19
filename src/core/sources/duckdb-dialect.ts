import { assertNever } from '../period/period.ts';
import type { SqlDialect } from './sql-dialect.ts';

/** DuckDB: TRY_CAST reads text safely, `fsum` sums doubles the same way whatever the thread order. */
export const duckdbDialect: SqlDialect = {
  name: 'DuckDB',
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  dayOf(column, kind) {
    switch (kind) {
      case 'date':
        return column;
      case 'timestamp':
        return `CAST(${column} AS DATE)`;
      case 'timestamptz':
        // SPEC: a timestamp with a time zone counts on its day in UTC.
        return `CAST(timezone('UTC', ${column}) AS DATE)`;
      case 'text':
        return `TRY_CAST(${column} AS DATE)`;
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
    if (kind === 'timestamptz') return `timezone('UTC', ${column})`;
    return day;
  },
  valueOf(column, kind) {
    switch (kind) {
      case 'integer':
      case 'decimal':
        return column;
      case 'float':
        return `CASE WHEN isfinite(${column}) THEN ${column} END`;
      case 'text': {
        const cast = `TRY_CAST(${column} AS DOUBLE)`;
        return `CASE WHEN isfinite(${cast}) THEN ${cast} END`;
      }
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
  dayText: (day) => `strftime(${day}, '%Y-%m-%d')`,
  dayLiteral: (text) => `DATE '${text}'`,
  aggregate(aggregate, value, order, kind) {
    const exact = kind !== 'float' && kind !== 'text';
    switch (aggregate) {
      case 'sum':
        return `CAST(${exact ? 'sum' : 'fsum'}(${value}) AS DOUBLE)`;
      case 'mean':
        return exact
          ? `CAST(avg(${value}) AS DOUBLE)`
          : `CAST(fsum(${value}) / count(${value}) AS DOUBLE)`;
      case 'min':
        return `CAST(min(${value}) AS DOUBLE)`;
      case 'max':
        return `CAST(max(${value}) AS DOUBLE)`;
      case 'last':
        // The latest row; on a tie, the larger value, so the result never depends on scan order.
        return `CAST(arg_max(${value}, (${order}, ${value})) AS DOUBLE)`;
      default:
        return assertNever(aggregate);
    }
  },
  notes: (note) =>
    `string_agg(DISTINCT NULLIF(trim(CAST(${note} AS VARCHAR)), ''), '; ' ORDER BY NULLIF(trim(CAST(${note} AS VARCHAR)), ''))`,
  asText: (column) => `CAST(${column} AS VARCHAR)`,
};
