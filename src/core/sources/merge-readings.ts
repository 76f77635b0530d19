/**
 * Merges pulled readings into a KPI's readings CSV (SPEC §5 pull), so a pull request shows only
 * what changed:
 *
 * - a period the CSV lacks is added; a period whose value changed is replaced (a revision); a
 *   period whose value is the same keeps its line byte for byte;
 * - rows the query no longer returns are kept: history is never deleted silently;
 * - a note written by a person is kept; the query's note fills only a row that has none;
 * - rows come out in date order, in the file's own style: delimiter, line ends, byte-order mark,
 *   decimal comma, date form (`2026-W09`, or the period's last or first day), header as written;
 * - values are written as the shortest decimal text that reads back to the same number.
 *
 * When nothing changes the text comes back identical, so a second pull writes no byte. Pure.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { CsvCursor, detectDelimiter, MAX_CELLS } from '../load/csv-cursor.ts';
import { parseNumber } from '../load/parse-number.ts';
import { parseReadingDate } from '../load/parse-reading-date.ts';
import { parseReadings } from '../load/parse-readings.ts';
import { readHeader } from '../load/read-header.ts';
import {
  formatDay,
  formatPeriod,
  GRAIN_OF,
  GRAIN_RANK,
  periodEnd,
  periodIndexOf,
  periodStart,
  type Cadence,
  type Grain,
} from '../period/period.ts';
import { formatNumber } from './format-number.ts';

/** One period as the engine aggregated it. */
export interface PulledReading {
  /** Day number of the period's first day. */
  readonly start: number;
  readonly value: number;
  readonly note: string | null;
}

/** A period whose value changed. */
export interface Revision {
  readonly period: string;
  /** The value the CSV had; null when its cell was empty. */
  readonly from: number | null;
  readonly to: number;
}

/** What a merge did. */
export interface MergeResult {
  readonly kind: 'merged';
  /** The new CSV text (=== the old one when nothing changed). */
  readonly text: string;
  readonly changed: boolean;
  /** Periods added, as the CSV writes dates of its cadence (`2026-W09`, `2026-03`…). */
  readonly added: readonly string[];
  readonly revised: readonly Revision[];
  /** Rows in the pulled range the query did not return: kept as they were. */
  readonly kept: number;
}

/** Merges `pulled` (any order) into the CSV text of a KPI (null: no file yet). */
export function mergeReadings(
  file: string,
  csv: string | null,
  cadence: Cadence,
  pulled: readonly PulledReading[],
  since: number | null,
): MergeResult | { readonly kind: 'error'; readonly diagnostic: Diagnostic } {
  const grain = GRAIN_OF[cadence];
  const text = csv ?? 'date,value,note\n';
  const parsed = parseReadings(file, text);
  const broken = parsed.diagnostics.find((d) => d.severity === 'error');
  if (broken !== undefined) {
    return {
      kind: 'error',
      diagnostic: diagnostic(
        'pull-merge',
        broken,
        `The readings file has an error, so pulled readings were not merged: ${broken.message}`,
        `Fix it first (\`plumbline check\` lists every problem), then pull again.${broken.hint === undefined ? '' : ` ${broken.hint}`}`,
      ),
    };
  }
  const table = readTable(text);
  const style = styleOf(table, grain, text);

  // Existing rows by period of the KPI's cadence.
  const byPeriod = new Map<number, Row[]>();
  for (const row of table.rows) {
    const index = periodIndexOf(row.day, grain);
    const list = byPeriod.get(index);
    if (list === undefined) byPeriod.set(index, [row]);
    else list.push(row);
  }

  const added: string[] = [];
  const revised: Revision[] = [];
  const rows = [...table.rows];
  const pulledIndexes = new Set<number>();
  for (const reading of [...pulled].sort((a, b) => a.start - b.start)) {
    const index = periodIndexOf(reading.start, grain);
    pulledIndexes.add(index);
    const label = formatPeriod({ grain, index });
    const existing = byPeriod.get(index) ?? [];
    if (existing.length > 1) {
      const second = existing[1]!;
      return {
        kind: 'error',
        diagnostic: diagnostic(
          'pull-merge',
          { file, line: second.line, col: 1 },
          `The readings file has ${existing.length} rows in ${label} (lines ${existing.map((r) => r.line).join(', ')}), and the query returns one value for the whole period, so it cannot tell which row to revise.`,
          `Keep one row per ${grain} in the file (the query's aggregate decides the value), then pull again.`,
        ),
      };
    }
    const old = existing[0];
    if (old === undefined) {
      const day = dayOfRow(style.dates, grain, index);
      rows.push({
        day,
        raw: writeRow(table, dateText(style.dates, grain, index), reading.value, reading.note),
        line: Infinity,
        value: NaN,
        dateCell: '',
        note: '',
      });
      added.push(label);
      continue;
    }
    if (old.value === reading.value) continue;
    revised.push({
      period: label,
      from: Number.isNaN(old.value) ? null : old.value,
      to: reading.value,
    });
    const note = old.note !== '' ? old.note : reading.note;
    rows[rows.indexOf(old)] = {
      ...old,
      raw: writeRow(table, old.dateCell, reading.value, note),
    };
  }

  let kept = 0;
  for (const row of table.rows) {
    if (pulledIndexes.has(periodIndexOf(row.day, grain))) continue;
    if (since === null || row.day >= since) kept++;
  }

  const order = rows.map((row, i) => ({ row, i }));
  order.sort((a, b) => a.row.day - b.row.day || a.i - b.i);
  const sorted = order.every((o, i) => o.i === i);
  if (added.length === 0 && revised.length === 0 && sorted && csv !== null) {
    return { kind: 'merged', text, changed: false, added, revised, kept };
  }
  const body = order.map((o) => o.row.raw);
  const out =
    (style.bom ? '\uFEFF' : '') +
    [table.header, ...body].join(style.eol) +
    (style.finalEol || csv === null ? style.eol : '');
  return { kind: 'merged', text: out, changed: out !== csv, added, revised, kept };
}

interface Row {
  /** Day the row is dated on (a period form: its last day). */
  readonly day: number;
  /** The row as written, without its line end. */
  readonly raw: string;
  readonly line: number;
  /** NaN for an empty cell. */
  readonly value: number;
  readonly dateCell: string;
  readonly note: string;
}

interface Table {
  readonly header: string;
  readonly delimiter: ',' | ';';
  readonly dateAt: number;
  readonly valueAt: number;
  readonly noteAt: number;
  readonly width: number;
  readonly rows: readonly Row[];
  /** Grain rank of each row's date form, parallel to rows. */
  readonly grains: readonly number[];
  readonly decimalComma: boolean;
}

/** Reads the rows of a CSV that parseReadings found sound, keeping each row's text. */
function readTable(text: string): Table {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = detectDelimiter(text, start);
  const cursor = new CsvCursor(text, start, delimiter);
  let before = cursor.pos;
  while (cursor.nextRow() && cursor.isBlankRow()) before = cursor.pos;
  const header = rawRow(text, before, cursor.pos);
  const columns = readHeader(cursor, () => {})!;
  const rows: Row[] = [];
  const grains: number[] = [];
  let decimalComma = false;
  for (before = cursor.pos; cursor.nextRow(); before = cursor.pos) {
    if (cursor.isBlankRow()) continue;
    const packed = parseReadingDate(
      text,
      cursor.starts[columns.dateAt]!,
      cursor.ends[columns.dateAt]!,
    );
    const valueText = cursor.cell(columns.valueAt).trim();
    if (valueText.includes(',')) decimalComma = true;
    rows.push({
      day: packed >> 3,
      raw: rawRow(text, before, cursor.pos),
      line: cursor.rowLine,
      value:
        valueText === '' ? NaN : parseNumber(valueText, 0, valueText.length, delimiter === ';'),
      dateCell: cursor.cell(columns.dateAt).trim(),
      note: columns.noteAt < 0 ? '' : cursor.cell(columns.noteAt).trim(),
    });
    grains.push(packed & 7);
  }
  return {
    header,
    delimiter,
    dateAt: columns.dateAt,
    valueAt: columns.valueAt,
    noteAt: columns.noteAt,
    width: Math.min(columns.width, MAX_CELLS),
    rows,
    grains,
    decimalComma,
  };
}

/** The text of a row between two cursor positions: blank lines before it and its line end cut. */
function rawRow(text: string, from: number, to: number): string {
  return text
    .slice(from, to)
    .replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '')
    .replace(/(?:\r\n|\r|\n)$/, '');
}

/** How dates of new rows are written. */
type DateForm = 'period' | 'last-day' | 'first-day';

interface Style {
  readonly eol: string;
  readonly finalEol: boolean;
  readonly bom: boolean;
  readonly dates: DateForm;
}

function styleOf(table: Table, grain: Grain, text: string): Style {
  const eol = text.includes('\r\n')
    ? '\r\n'
    : text.includes('\n') || !text.includes('\r')
      ? '\n'
      : '\r';
  let dates: DateForm = 'period';
  // The form of the latest row at the KPI's cadence decides (a file may have changed style once).
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const row = table.rows[i]!;
    const rank = table.grains[i]!;
    if (grain === 'day' || rank === GRAIN_RANK[grain]) break;
    if (rank === GRAIN_RANK.day) {
      const index = periodIndexOf(row.day, grain);
      if (row.day === periodEnd({ grain, index })) dates = 'last-day';
      else if (row.day === periodStart({ grain, index })) dates = 'first-day';
      else continue;
      break;
    }
  }
  return { eol, finalEol: /[\r\n]$/.test(text), bom: text.charCodeAt(0) === 0xfeff, dates };
}

function dateText(form: DateForm, grain: Grain, index: number): string {
  if (form === 'last-day') return formatDay(periodEnd({ grain, index }));
  if (form === 'first-day') return formatDay(periodStart({ grain, index }));
  return formatPeriod({ grain, index });
}

function dayOfRow(form: DateForm, grain: Grain, index: number): number {
  return form === 'first-day' ? periodStart({ grain, index }) : periodEnd({ grain, index });
}

/** One row in the file's column order and style; the note only where the file has the column. */
function writeRow(table: Table, date: string, value: number, note: string | null): string {
  const cells = Array.from({ length: table.width }, () => '');
  let number = formatNumber(value);
  if (table.decimalComma) number = number.replace('.', ',');
  cells[table.dateAt] = date;
  cells[table.valueAt] = number;
  if (table.noteAt >= 0 && note !== null) cells[table.noteAt] = note;
  return cells.map((cell) => quote(cell, table.delimiter)).join(table.delimiter);
}

function quote(cell: string, delimiter: string): string {
  if (
    cell.includes(delimiter) ||
    cell.includes('"') ||
    /[\r\n]/.test(cell) ||
    cell !== cell.trim()
  ) {
    return `"${cell.replaceAll('"', '""')}"`;
  }
  return cell;
}
