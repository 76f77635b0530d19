/**
 * A forward-only CSV row reader over one string, written for speed: it walks char codes once,
 * allocates nothing per row and records each cell as offsets into the text, so callers slice
 * only the cells they keep.
 *
 * Dialect (SPEC §2, files saved by spreadsheets): rows end with LF, CRLF or a lone CR; cells are
 * separated by one delimiter char; a cell whose first non-blank char is `"` is quoted — it may
 * hold delimiters and line breaks, and `""` stands for one `"`. Unquoted cells are trimmed of
 * spaces and tabs. Lines that are completely empty are skipped.
 */

/** The most cells of a row whose positions are kept; later cells are only counted. */
export const MAX_CELLS = 64;

/** Cell flag: the cell was written in quotes (its offsets are inside them). */
export const QUOTED = 1;
/** Cell flag: the quoted cell holds `""`, so its text must be unescaped. */
export const ESCAPED = 2;

/** What went wrong with quoting in the current row, if anything. */
export type QuoteProblem = 'none' | 'unclosed' | 'text-after-quote';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const SEMICOLON = 59;

/** Reads rows of one CSV text; see the module comment for the dialect. */
export class CsvCursor {
  readonly text: string;
  readonly delimiter: number;
  /** Offset of the next unread char. */
  pos: number;
  /** 1-based line of `pos`. */
  line = 1;
  /** Offset where the line of `pos` starts: columns count from here. */
  lineStart: number;

  /** Cells in the current row, including any beyond MAX_CELLS. */
  count = 0;
  /** 1-based line the current row starts on. */
  rowLine = 0;
  /** Per cell: offset of the first char of its content (inside quotes, after trimming). */
  readonly starts = new Int32Array(MAX_CELLS);
  /** Per cell: offset just after its content. */
  readonly ends = new Int32Array(MAX_CELLS);
  /** Per cell: 1-based line where the cell starts. */
  readonly lines = new Int32Array(MAX_CELLS);
  /** Per cell: 1-based column (UTF-16 code units) where the cell starts. */
  readonly cols = new Int32Array(MAX_CELLS);
  /** Per cell: QUOTED and ESCAPED bits. */
  readonly flags = new Uint8Array(MAX_CELLS);

  /** The first quoting problem of the current row and where it is. */
  problem: QuoteProblem = 'none';
  problemLine = 0;
  problemCol = 0;

  /** Reads `text` from offset `start` (after a byte-order mark), cells split by `delimiter`. */
  constructor(text: string, start: number, delimiter: string) {
    this.text = text;
    this.delimiter = delimiter.charCodeAt(0);
    this.pos = start;
    this.lineStart = start;
  }

  /** The content of cell `i`, with `""` unescaped; '' for a missing cell. */
  cell(i: number): string {
    if (i >= this.count || i >= MAX_CELLS) return '';
    const s = this.text.slice(this.starts[i], this.ends[i]);
    return (this.flags[i]! & ESCAPED) !== 0 ? s.replaceAll('""', '"') : s;
  }

  /** True when every cell of the row is empty: a blank line, or `,,` saved by a spreadsheet. */
  isBlankRow(): boolean {
    if (this.count > MAX_CELLS) return false;
    for (let i = 0; i < this.count; i++) if (this.starts[i] !== this.ends[i]) return false;
    return true;
  }

  /** True when cell `i` is missing or has no content. */
  isEmpty(i: number): boolean {
    return i >= this.count || (i < MAX_CELLS && this.starts[i] === this.ends[i]);
  }

  /** Advances to the next non-empty line and reads its row; false at the end of the text. */
  nextRow(): boolean {
    const text = this.text;
    const end = text.length;
    const delim = this.delimiter;
    let p = this.pos;
    let line = this.line;
    let lineStart = this.lineStart;
    // Skip empty lines.
    while (p < end) {
      const c = text.charCodeAt(p);
      if (c === LF) {
        p++;
      } else if (c === CR) {
        p++;
        if (p < end && text.charCodeAt(p) === LF) p++;
      } else break;
      line++;
      lineStart = p;
    }
    if (p >= end) {
      this.pos = p;
      this.line = line;
      this.lineStart = lineStart;
      return false;
    }
    this.rowLine = line;
    this.problem = 'none';
    let n = 0;
    for (;;) {
      const cellLine = line;
      const cellCol = p - lineStart + 1;
      let c = 0;
      while (p < end && ((c = text.charCodeAt(p)) === SPACE || c === TAB)) p++;
      let s = p;
      let e: number;
      let flags = 0;
      if (p < end && c === QUOTE) {
        flags = QUOTED;
        s = ++p;
        e = -1;
        while (p < end) {
          c = text.charCodeAt(p);
          if (c === QUOTE) {
            if (p + 1 < end && text.charCodeAt(p + 1) === QUOTE) {
              flags |= ESCAPED;
              p += 2;
              continue;
            }
            e = p++;
            break;
          }
          p++;
          if (c === LF || (c === CR && !(p < end && text.charCodeAt(p) === LF))) {
            line++;
            lineStart = p;
          }
        }
        if (e < 0) {
          e = end;
          this.flagProblem('unclosed', cellLine, cellCol);
        }
        // Only blanks may follow the closing quote; anything else is skipped and reported.
        while (p < end && ((c = text.charCodeAt(p)) === SPACE || c === TAB)) p++;
        if (p < end && c !== delim && c !== LF && c !== CR) {
          this.flagProblem('text-after-quote', line, p - lineStart + 1);
          while (p < end && (c = text.charCodeAt(p)) !== delim && c !== LF && c !== CR) p++;
        }
      } else {
        while (p < end && (c = text.charCodeAt(p)) !== delim && c !== LF && c !== CR) p++;
        e = p;
        while (e > s && ((c = text.charCodeAt(e - 1)) === SPACE || c === TAB)) e--;
      }
      if (n < MAX_CELLS) {
        this.starts[n] = s;
        this.ends[n] = e;
        this.lines[n] = cellLine;
        this.cols[n] = cellCol;
        this.flags[n] = flags;
      }
      n++;
      if (p < end && text.charCodeAt(p) === delim) {
        p++;
        continue;
      }
      // End of row: consume its line break.
      if (p < end) {
        if (text.charCodeAt(p++) === CR && p < end && text.charCodeAt(p) === LF) p++;
        line++;
        lineStart = p;
      }
      break;
    }
    this.count = n;
    this.pos = p;
    this.line = line;
    this.lineStart = lineStart;
    return true;
  }

  private flagProblem(problem: QuoteProblem, line: number, col: number): void {
    if (this.problem !== 'none') return;
    this.problem = problem;
    this.problemLine = line;
    this.problemCol = col;
  }
}

/**
 * The delimiter of a CSV text: `;` when its first non-blank line has more semicolons than commas
 * outside quotes (as European spreadsheets save), else `,`.
 */
export function detectDelimiter(text: string, start: number): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) {
      if (content) break;
    } else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
    if (c > SPACE) content = true;
  }
  return semicolons > commas ? ';' : ',';
}
