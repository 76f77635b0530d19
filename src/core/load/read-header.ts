import { closest } from 'fastest-levenshtein';
import type { RuleId } from '../diagnostics/rules.ts';
import { MAX_CELLS, type CsvCursor } from './csv-cursor.ts';
import { parseReadingDate } from './parse-reading-date.ts';
import { readingsMessages as say, type MessageText } from './readings-messages.ts';

/** The columns a readings file may have (SPEC §2); date and value are required. */
export const READING_COLUMNS = ['date', 'value', 'note'] as const;

/** Collects one problem at a position. */
export type Report = (rule: RuleId, line: number, col: number, words: MessageText) => void;

/** Where each column of a readings file is, by cell index. */
export interface Header {
  readonly dateAt: number;
  readonly valueAt: number;
  /** -1 without a note column. */
  readonly noteAt: number;
  /** Cells in the header row: a row with more is an error. */
  readonly width: number;
  /** 1 for each column with an empty name; null when every column is named. */
  readonly unnamed: Uint8Array | null;
}

/**
 * Maps the names of the header row the cursor is on to columns — trimmed, case-insensitive, in
 * any order — and reports what is wrong: an unknown name (suggesting the closest allowed one; its
 * cells are then ignored), a repeated name, a missing date or value column, or a first line that
 * is a reading rather than a header, or a quoting mistake. An empty name is allowed: spreadsheets export trailing empty
 * columns. Returns null when rows cannot be read (no date or no value column).
 */
export function readHeader(cursor: CsvCursor, report: Report): Header | null {
  if (cursor.problem !== 'none') {
    const words = cursor.problem === 'unclosed' ? say.unclosedQuote() : say.textAfterQuote();
    report('csv-header', cursor.problemLine, cursor.problemCol, words);
    return null;
  }
  const width = Math.min(cursor.count, MAX_CELLS);
  if (cursor.count > MAX_CELLS) {
    report('csv-header', cursor.rowLine, 1, say.tooManyColumns(cursor.count));
  }
  const at = { date: -1, value: -1, note: -1 };
  let unnamed: Uint8Array | null = null;
  const unknown: { name: string; line: number; col: number }[] = [];
  for (let i = 0; i < width; i++) {
    const name = cursor.cell(i).trim();
    const known = READING_COLUMNS.find((c) => c === name.toLowerCase());
    if (name === '') {
      unnamed ??= new Uint8Array(width);
      unnamed[i] = 1;
    } else if (known === undefined) {
      unknown.push({ name, line: cursor.lines[i]!, col: cursor.cols[i]! });
    } else if (at[known] >= 0) {
      report('csv-header', cursor.lines[i]!, cursor.cols[i]!, say.duplicateColumn(known));
    } else {
      at[known] = i;
    }
  }
  const missing = (['date', 'value'] as const).filter((c) => at[c] < 0);
  const isDate = (name: string): boolean => !Number.isNaN(parseReadingDate(name, 0, name.length));
  if (missing.length > 0 && unknown.some((u) => isDate(u.name))) {
    report('csv-header', cursor.rowLine, 1, say.noHeader());
    return null;
  }
  const suggested = new Set<string>();
  for (const u of unknown) {
    const suggestion = closest(u.name.toLowerCase(), READING_COLUMNS);
    suggested.add(suggestion);
    report('csv-header', u.line, u.col, say.unknownColumn(u.name, suggestion));
  }
  // A misspelt "vlaue" already says what is wrong; a second error for the missing value is noise.
  for (const c of missing) {
    if (!suggested.has(c)) report('csv-header', cursor.rowLine, 1, say.missingColumn(c));
  }
  if (missing.length > 0) return null;
  return { dateAt: at.date, valueAt: at.value, noteAt: at.note, width: cursor.count, unnamed };
}
