import { diagnostic, type Diagnostic, type Location } from '../../core/diagnostics/diagnostic.ts';
import type { RuleId } from '../../core/diagnostics/rules.ts';
import type { QueryRecord } from '../../core/load/load-sources.ts';
import {
  GRAIN_OF,
  formatDay,
  parseDay,
  periodIndexOf,
  periodStart,
  type Cadence,
} from '../../core/period/period.ts';
import type { PulledReading } from '../../core/sources/merge-readings.ts';
import { queryText } from '../../core/sources/query-text.ts';
import type { Aggregate } from '../../core/sources/sql-dialect.ts';
import {
  aggregateSql,
  badRowsSql,
  mapPosition,
  queryShape,
} from '../../core/sources/wrap-query.ts';
import { SourceError, type SourceAdapter } from './source-adapter.ts';

/** A KPI's pulled readings, or the one problem that stopped them. */
export type PullOutcome =
  | { readonly kind: 'ok'; readonly readings: PulledReading[] }
  | { readonly kind: 'error'; readonly diagnostic: Diagnostic };

/** What the pull needs of a KPI besides its query. */
export interface PullTarget {
  readonly query: QueryRecord;
  readonly cadence: Cadence;
  readonly aggregate: Aggregate;
}

/**
 * Runs one KPI query through its engine: checks its columns, lets the engine aggregate to the
 * KPI's cadence, and names the first rows whose date or value cannot be read. Never throws for
 * what the query or the engine does wrong; every problem points at the .sql file.
 */
export async function pullKpi(
  adapter: SourceAdapter,
  target: PullTarget,
  options: { readonly since: number | null; readonly timeoutMs: number },
): Promise<PullOutcome> {
  const { query } = target;
  const start: Location = { file: query.file, line: 1, col: 1 };
  const fail = (rule: RuleId, at: Location, message: string, hint?: string): PullOutcome => ({
    kind: 'error',
    diagnostic: diagnostic(rule, at, message, hint),
  });
  const text = queryText(query.text);
  if (text.kind === 'empty')
    return fail(
      'pull-query',
      start,
      'The query file is empty.',
      'Write a query returning `date` and `value` columns.',
    );
  if (text.kind === 'several')
    return fail(
      'pull-query',
      { file: query.file, line: text.line, col: text.col },
      'The query file holds more than one statement.',
      'Keep one SELECT (WITH … SELECT is fine) that returns `date` and `value`.',
    );
  const sql = text.sql;
  const engineError = (
    error: unknown,
    mapped: (p: { line: number; col: number }) => { line: number; col: number } | null,
  ): PullOutcome => {
    if (!(error instanceof SourceError)) throw error;
    if (error.kind === 'connection') return fail('pull-connection', start, error.message);
    if (error.kind === 'timeout')
      return fail(
        'pull-timeout',
        start,
        `The query ran longer than the timeout and was cancelled: ${error.message}`,
        'Narrow it (filter early, pull with --since) or raise --timeout (e.g. --timeout 20m).',
      );
    const at = error.position === null ? null : mapped(error.position);
    return fail(
      'pull-query',
      at === null ? start : { file: query.file, ...at },
      `${adapter.dialect.name} could not run the query: ${error.message}`,
      'Fix the query (run it in the engine alone to try it), then pull again.',
    );
  };

  let columns;
  try {
    columns = await adapter.describe(sql, options.timeoutMs);
  } catch (error) {
    return engineError(error, (p) => p);
  }
  const found = queryShape(columns, adapter.dialect);
  if ('problem' in found) {
    const p = found.problem;
    const returned = columns.map((c) => `\`${c.name}\``).join(', ') || 'no columns';
    switch (p.kind) {
      case 'missing':
        return fail(
          'pull-column',
          start,
          `The query returns no \`${p.column}\` column; it returns ${returned}.`,
          `Name the columns with AS: \`SELECT … AS date, … AS value\` (and optionally \`AS note\`).`,
        );
      case 'duplicate':
        return fail(
          'pull-column',
          start,
          `The query returns two \`${p.column}\` columns (${returned}).`,
          'Keep one of each name.',
        );
      case 'type':
        return fail(
          'pull-column',
          start,
          p.column === 'date'
            ? `The \`date\` column is ${p.type}, which is not a date.`
            : `The \`value\` column is ${p.type}, which is not a number.`,
          p.column === 'date'
            ? 'Return a DATE, a TIMESTAMP (with or without time zone) or text as YYYY-MM-DD.'
            : 'Return a number (integer, decimal or floating point), e.g. `CAST(x AS DOUBLE PRECISION) AS value`.',
        );
    }
  }
  const shape = found.shape;
  const grain = GRAIN_OF[target.cadence];
  const since =
    options.since === null
      ? null
      : formatDay(periodStart({ grain, index: periodIndexOf(options.since, grain) }));
  const wrapped = aggregateSql(
    sql,
    shape,
    { cadence: target.cadence, aggregate: target.aggregate, since },
    adapter.dialect,
  );
  let rows;
  try {
    rows = await adapter.rows(wrapped, options.timeoutMs);
  } catch (error) {
    return engineError(error, (p) => mapPosition(p, sql));
  }
  let badDates = 0;
  let badValues = 0;
  const readings: PulledReading[] = [];
  for (const [period, value, note, count, values] of rows) {
    const n = Number(count);
    badValues += n - Number(values);
    if (period === null) {
      badDates += n;
      continue;
    }
    const day = parseDay(String(period));
    if (day === null || value === null) continue; // only with bad rows, reported below
    readings.push({
      start: day,
      value: Number(value),
      note: note === null || note === '' ? null : String(note),
    });
  }
  if (badDates + badValues > 0) {
    let examples: string[];
    try {
      const bad = await adapter.rows(
        badRowsSql(sql, shape, since, adapter.dialect),
        options.timeoutMs,
      );
      examples = bad.map(
        ([date, value, problem]) =>
          `date ${show(date)} and value ${show(value)} (${problem === 'date' ? 'no usable date' : 'no usable value'})`,
      );
    } catch (error) {
      return engineError(error, (p) => mapPosition(p, sql));
    }
    const parts = [
      badDates > 0
        ? `${badDates} row${badDates === 1 ? '' : 's'} whose date is NULL or not a date`
        : '',
      badValues > 0
        ? `${badValues} row${badValues === 1 ? '' : 's'} whose value is NULL or not a finite number`
        : '',
    ].filter((s) => s !== '');
    return fail(
      'pull-row',
      start,
      `The query returned ${parts.join(' and ')}${examples.length === 0 ? '' : `, such as the row with ${examples.join('; the row with ')}`}.`,
      badDates > 0
        ? 'Filter them out (`WHERE date IS NOT NULL`) or fix them at the source; text dates are read as YYYY-MM-DD.'
        : 'Filter them out (`WHERE value IS NOT NULL`), or turn them into a number with COALESCE if a missing value means zero.',
    );
  }
  return { kind: 'ok', readings };
}

function show(cell: unknown): string {
  if (cell === null || cell === undefined) return 'NULL';
  const text = String(cell);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}
