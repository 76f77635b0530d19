import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { formatDay } from '../period/period.ts';
import { CellGroups } from './cell-groups.ts';
import { CsvCursor, detectDelimiter, ESCAPED, MAX_CELLS, QUOTED } from './csv-cursor.ts';
import { emptyReadings } from './empty-readings.ts';
import { parseNumber } from './parse-number.ts';
import { parseReadingDate } from './parse-reading-date.ts';
import { readHeader, type Report } from './read-header.ts';
import { readingsMessages as say, type MessageText } from './readings-messages.ts';
import { sortReadings } from './sort-readings.ts';

/**
 * The readings of one KPI (SPEC §2 metrics/<id>.csv), one row per reading, as parallel columns
 * sorted by date ascending; days are unique (a second row on a day is a duplicate-date error).
 */
export interface Readings {
  readonly length: number;
  /** Date of each reading: the day, or the LAST day of the period written (2026-03 → 2026-03-31). */
  readonly days: Int32Array;
  /** GRAIN_RANK of the date form written (0 day … 4 year), so the caller can check the cadence. */
  readonly grains: Uint8Array;
  /** The value; NaN is a missing reading (an empty cell). */
  readonly values: Float64Array;
  /** 1-based line of each row in the file. */
  readonly lines: Int32Array;
  /** Row index (after sorting) → note, for non-empty notes only. */
  readonly notes: ReadonlyMap<number, string>;
}

/** A readings CSV parsed: its readings and its problems. */
export interface ParsedReadings {
  readonly readings: Readings;
  readonly diagnostics: Diagnostic[];
}

/** Collects one cell problem, to be grouped with the cells of its column written the same way. */
type ReportCell = (...problem: Parameters<CellGroups['add']>) => void;

/** At most this many problems are listed per file, then one line counts the rest. */
export const MAX_DIAGNOSTICS = 50;

/**
 * Parses a readings CSV (SPEC §2) into sorted readings and diagnostics; never throws on input.
 *
 * - Header: `date,value[,note]`, names trimmed and case-insensitive, in any order. An unknown
 *   name is a csv-header error suggesting the closest allowed one, and its cells are ignored; a
 *   column with an empty name is allowed (spreadsheets export trailing empty columns) but its
 *   cells must be empty. Without a date or value column no row is read.
 * - Text: UTF-8 BOM, LF / CRLF / CR line ends, `,` or `;` delimiter (whichever the header line has
 *   more of, outside quotes), quoted cells (see CsvCursor). Blank lines, and rows whose cells are
 *   all empty (`,,`), are skipped. Missing trailing cells are empty; extra cells are a csv-row error
 *   unless they are empty (a trailing delimiter).
 * - Value: empty = missing (NaN); else a plain decimal number (see parseNumber), with a decimal
 *   comma accepted when the delimiter is `;`.
 * - Date: any SPEC form; a period is dated on its last day. Two rows on the same resolved day, in
 *   whatever form (2026-03 and 2026-03-31), are a csv-duplicate-date error at the later line.
 * - A row with any error is left out of the readings, so only sound rows reach the analytics.
 * - Positions: 1-based line of the cell; 1-based column of the cell's first char (its opening
 *   quote, if quoted) counted in UTF-16 code units like the YAML positions, BOM not counted. A
 *   missing cell is reported at column 1 of its row.
 * - An empty file is a file-empty error; a header alone is zero readings and no error.
 * - At most MAX_DIAGNOSTICS problems, in line order, then one "…and N more problems" diagnostic.
 *
 * It walks char codes once and stores rows in typed arrays, so large files parse quickly in
 * little memory. Whether a date is coarser than the KPI's cadence is the caller's check.
 */
export function parseReadings(file: string, text: string): ParsedReadings {
  const problems: Diagnostic[] = [];
  let problemCount = 0;
  const report = (rule: RuleId, line: number, col: number, words: MessageText): void => {
    // Keep one beyond the cap: it anchors the "…and N more" summary.
    if (problemCount++ <= MAX_DIAGNOSTICS) {
      problems.push(diagnostic(rule, { file, line, col }, words.message, words.hint));
    }
  };

  // Cell problems go by column and pattern: fifty `02.01.2023` dates are one error.
  const groups = new CellGroups();
  const reportCell: ReportCell = (rule, line, col, column, cell, words, groupWords, key) => {
    if (!groups.add(rule, line, col, column, cell, words, groupWords, key))
      report(rule, line, col, words);
  };

  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = detectDelimiter(text, start);
  const cursor = new CsvCursor(text, start, delimiter);
  let hasHeader = false;
  while (!hasHeader && cursor.nextRow()) hasHeader = !cursor.isBlankRow();
  if (!hasHeader) {
    report('file-empty', 1, 1, say.fileEmpty());
    return { readings: emptyReadings(), diagnostics: problems };
  }
  const header = readHeader(cursor, report);
  if (header === null) return { readings: emptyReadings(), diagnostics: problems };
  const { dateAt, valueAt, noteAt, width, unnamed } = header;
  const decimalComma = delimiter === ';';

  // Rows cannot outnumber line breaks; grown below anyway for files ending lines with CR only.
  let capacity = countLineBreaks(text) + 1;
  let days = new Int32Array(capacity);
  let grains = new Uint8Array(capacity);
  let values = new Float64Array(capacity);
  let lines = new Int32Array(capacity);
  let dateCols = dateAt === 0 ? null : new Int32Array(capacity);
  const noteRows: number[] = [];
  const noteTexts: string[] = [];
  let n = 0;
  const { starts, ends } = cursor;

  while (cursor.nextRow()) {
    const count = cursor.count;
    if (cursor.problem !== 'none') {
      const words = cursor.problem === 'unclosed' ? say.unclosedQuote() : say.textAfterQuote();
      report('csv-row', cursor.problemLine, cursor.problemCol, words);
      continue;
    }
    const dateEmpty = dateAt >= count || starts[dateAt] === ends[dateAt];
    if (dateEmpty && cursor.isBlankRow()) continue;
    if (
      delimiter === ',' &&
      valueAt + 1 < count &&
      valueAt + 1 < MAX_CELLS &&
      ends[valueAt + 1]! - starts[valueAt + 1]! === 3 && // cheap: a 3-char cell after the value
      groupedValue(cursor, valueAt, report)
    )
      continue;
    if (count > width) {
      const extra = firstFilledAfter(cursor, width);
      if (extra >= 0) {
        const words = say.tooManyCells(count, width, delimiter);
        report('csv-row', cursor.lines[extra]!, cursor.cols[extra]!, words);
        continue;
      }
    }
    if (unnamed !== null && hasUnnamedContent(cursor, unnamed, report)) continue;

    const date = dateEmpty ? NaN : parseReadingDate(text, starts[dateAt]!, ends[dateAt]!);
    let value = NaN;
    let valueOk = true;
    if (valueAt < count && starts[valueAt] !== ends[valueAt]) {
      const escaped = (cursor.flags[valueAt]! & ESCAPED) !== 0;
      value = escaped ? NaN : parseNumber(text, starts[valueAt]!, ends[valueAt]!, decimalComma);
      // Blanks inside quotes ("  ") are an empty cell too.
      valueOk = !Number.isNaN(value) || cursor.cell(valueAt).trim() === '';
    }
    if (decimalComma && valueOk && separatorValue(cursor, valueAt, reportCell)) continue;
    const dateOk = !Number.isNaN(date);
    if (!dateOk || !valueOk) {
      reportRow(cursor, dateAt, valueAt, dateOk, valueOk, delimiter, report, reportCell);
      continue;
    }

    if (n === capacity) {
      capacity *= 2;
      days = grow(days, new Int32Array(capacity));
      grains = grow(grains, new Uint8Array(capacity));
      values = grow(values, new Float64Array(capacity));
      lines = grow(lines, new Int32Array(capacity));
      if (dateCols !== null) dateCols = grow(dateCols, new Int32Array(capacity));
    }
    days[n] = date >> 3;
    grains[n] = date & 7;
    values[n] = value;
    lines[n] = cursor.rowLine;
    if (dateCols !== null) dateCols[n] = cursor.cols[dateAt]!;
    if (noteAt >= 0 && noteAt < count && starts[noteAt] !== ends[noteAt]) {
      let note = cursor.cell(noteAt).trim();
      // A line break inside a quoted note reads as \n whatever the file's line ends.
      if ((cursor.flags[noteAt]! & QUOTED) !== 0) note = note.replace(/\r\n?/g, '\n');
      if (note !== '') {
        noteRows.push(n);
        noteTexts.push(note);
      }
    }
    n++;
  }

  let worstKept = Infinity; // line of the last problem kept once the list was trimmed
  const readings = sortReadings(
    { length: n, days, grains, values, lines, dateCols, noteRows, noteTexts },
    (line, col, earlierLine, day) => {
      const same = say.duplicateDate(formatDay(day), earlierLine);
      const grouped = groups.add(
        'csv-duplicate-date',
        line,
        col,
        -1,
        formatDay(day),
        same,
        (g) => say.sameDates(formatDay(day), g.count, earlierLine, g.lastLine),
        formatDay(day),
      );
      if (grouped) return;
      problemCount++;
      if (line > worstKept) return; // cannot be among the first problems any more
      const words = say.duplicateDate(formatDay(day), earlierLine);
      problems.push(
        diagnostic('csv-duplicate-date', { file, line, col }, words.message, words.hint),
      );
      // Duplicates arrive in date order, not line order: keep just the ones that may still be
      // among the first in the file, so a file of a million duplicates stays small and fast.
      if (problems.length > 4 * (MAX_DIAGNOSTICS + 1)) {
        keepFirst(problems, MAX_DIAGNOSTICS + 1);
        worstKept = problems[MAX_DIAGNOSTICS]!.line;
      }
    },
  );
  const grouped = groups.diagnostics(file);
  problems.push(...grouped);
  problemCount += grouped.length;
  return { readings, diagnostics: capDiagnostics(problems, problemCount, file) };
}

/** Reports the bad date and/or value of a row, in column order. */
function reportRow(
  cursor: CsvCursor,
  dateAt: number,
  valueAt: number,
  dateOk: boolean,
  valueOk: boolean,
  delimiter: string,
  report: Report,
  reportCell: ReportCell,
): void {
  const line = cursor.rowLine;
  const dateProblem = (): void => {
    if (dateOk) return;
    const found = cursor.cell(dateAt).trim();
    if (dateAt >= cursor.count) report('csv-date', line, 1, say.missingDate());
    else if (found === '')
      report('csv-date', cursor.lines[dateAt]!, cursor.cols[dateAt]!, say.missingDate());
    else
      reportCell(
        'csv-date',
        cursor.lines[dateAt]!,
        cursor.cols[dateAt]!,
        dateAt,
        found,
        say.badDate(found),
        (g) => say.badDates(g.example, g.count, g.firstLine, g.lastLine, g.partMax),
      );
  };
  const valueProblem = (): void => {
    if (valueOk) return;
    const found = cursor.cell(valueAt).trim();
    const words = say.badNumber(found, delimiter);
    reportCell(
      'csv-number',
      cursor.lines[valueAt]!,
      cursor.cols[valueAt]!,
      valueAt,
      found,
      words,
      (g) => say.badNumbers(g.example, g.count, g.firstLine, g.lastLine, words.hint),
    );
  };
  if (dateAt < valueAt) {
    dateProblem();
    valueProblem();
  } else {
    valueProblem();
    dateProblem();
  }
}

/**
 * In a comma file, a value of one to three digits followed by unquoted cells of exactly three
 * digits (`360,210`) may be one number typed with a thousands comma: reports it; true when so.
 */
function groupedValue(cursor: CsvCursor, valueAt: number, report: Report): boolean {
  if (valueAt + 1 >= cursor.count || valueAt + 1 >= MAX_CELLS) return false;
  if (!isDigits(cursor, valueAt, 1, 3, true)) return false;
  let k = valueAt + 1;
  while (k < cursor.count && k < MAX_CELLS && isDigits(cursor, k, 3, 3, false)) k++;
  if (k === valueAt + 1) return false;
  const value = cursor.cell(valueAt).trim();
  const groups: string[] = [];
  for (let i = valueAt + 1; i < k; i++) groups.push(cursor.cell(i));
  const cells: string[] = [];
  for (let i = 0; i < cursor.count && i < MAX_CELLS; i++) {
    const text = cursor.cell(i);
    cells.push(i > valueAt && i < k ? `"${text}"` : /[",\r\n]/.test(text) ? csvQuote(text) : text);
  }
  const row = cells.join(',');
  report(
    'csv-ambiguous',
    cursor.lines[valueAt]!,
    cursor.cols[valueAt]!,
    say.groupedValue(value, groups, row),
  );
  return true;
}

/** A cell of `min`–`max` ASCII digits, unquoted, with an optional sign when `signed`. */
function isDigits(
  cursor: CsvCursor,
  i: number,
  min: number,
  max: number,
  signed: boolean,
): boolean {
  if ((cursor.flags[i]! & QUOTED) !== 0) return false;
  const text = cursor.text;
  let p = cursor.starts[i]!;
  const end = cursor.ends[i]!;
  if (signed && p < end && (text[p] === '-' || text[p] === '+')) p++;
  const n = end - p;
  if (n < min || n > max) return false;
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function csvQuote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** `364.770` or `364,770` where both marks may be decimal: reports it; true when so. */
function separatorValue(cursor: CsvCursor, valueAt: number, reportCell: ReportCell): boolean {
  // Cheap test on char codes first: a mark four from the end (`364.770`), digits after it.
  const text = cursor.text;
  const end = cursor.ends[valueAt]!;
  const length = end - cursor.starts[valueAt]!;
  if (length < 5 || length > 8) return false;
  const mark = text.charCodeAt(end - 4);
  if (mark !== 46 && mark !== 44) return false;
  for (let p = end - 3; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) return false;
  }
  const found = cursor.cell(valueAt).trim();
  if (!AMBIGUOUS_SEPARATOR.test(found)) return false;
  const words = say.separatorValue(found.replace(/^\+/, ''));
  reportCell(
    'csv-ambiguous',
    cursor.lines[valueAt]!,
    cursor.cols[valueAt]!,
    valueAt,
    found,
    words,
    (g) => ({
      message: `${words.message} So can ${g.count - 1} more values of this column (lines ${g.firstLine}–${g.lastLine}) written the same way.`,
      hint: words.hint,
    }),
  );
  return true;
}

/** One to three digits (not a lone 0), one `.` or `,`, exactly three digits. */
const AMBIGUOUS_SEPARATOR = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/** Reports the first non-empty cell under a column with no name; true when there is one. */
function hasUnnamedContent(cursor: CsvCursor, unnamed: Uint8Array, report: Report): boolean {
  for (let i = 0; i < unnamed.length && i < cursor.count; i++) {
    if (unnamed[i] === 1 && !cursor.isEmpty(i)) {
      report('csv-row', cursor.lines[i]!, cursor.cols[i]!, say.unnamedColumn());
      return true;
    }
  }
  return false;
}

/** Index of the first non-empty cell from `from` on, or -1; cells past MAX_CELLS count as full. */
function firstFilledAfter(cursor: CsvCursor, from: number): number {
  for (let i = from; i < cursor.count; i++) {
    if (i >= MAX_CELLS) return MAX_CELLS - 1;
    if (!cursor.isEmpty(i)) return i;
  }
  return -1;
}

/** Counts LF, or CR when the text has no LF (old Mac line ends): an upper bound on rows. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  if (count > 0) return count;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) count++;
  return count;
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Keeps the `count` problems that come first in the file. */
function keepFirst(list: Diagnostic[], count: number): void {
  const kept = sortDiagnostics(list).slice(0, count);
  list.length = 0;
  list.push(...kept);
}

/** The first MAX_DIAGNOSTICS problems in line order, then one that counts the rest. */
function capDiagnostics(list: Diagnostic[], total: number, file: string): Diagnostic[] {
  const sorted = sortDiagnostics(list);
  if (total <= MAX_DIAGNOSTICS) return sorted;
  const next = sorted[MAX_DIAGNOSTICS]!;
  const words = say.more(total - MAX_DIAGNOSTICS);
  const summary = diagnostic(
    next.rule,
    { file, line: next.line, col: next.col },
    words.message,
    words.hint,
  );
  return [...sorted.slice(0, MAX_DIAGNOSTICS), summary];
}
