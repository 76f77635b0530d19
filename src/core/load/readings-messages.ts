/**
 * Every message a readings CSV can produce (SPEC §2 metrics/<id>.csv), as named functions: what
 * is wrong, in words a non-programmer can act on, and a hint saying what to do.
 */

/** The words of one diagnostic. */
export interface MessageText {
  readonly message: string;
  readonly hint: string;
}

const FORMS =
  '2026-03-02 (a day), 2026-W10 (an ISO week), 2026-03 (a month), 2026-Q1 (a quarter) or 2026 (a year)';
const QUOTE_RULE = 'To write a " inside a quoted cell, double it: "He said ""hi""".';

/** Messages of the readings CSV rules, by situation. */
export const readingsMessages = {
  fileEmpty: (): MessageText => ({
    message: 'The readings file is empty.',
    hint: 'Start it with the header line date,value,note, then one reading per line, such as 2026-03-02,131.',
  }),
  noHeader: (): MessageText => ({
    message: 'The first line is a reading, not the header that names the columns.',
    hint: 'Add the line date,value,note (or date,value) above the first reading.',
  }),
  unknownColumn: (name: string, suggestion: string): MessageText => ({
    message: `The column "${shorten(name)}" is not one Plumbline reads.`,
    hint: `Did you mean "${suggestion}"? The columns of a readings file are date, value and note.`,
  }),
  missingColumn: (name: string): MessageText => ({
    message: `The header has no "${name}" column.`,
    hint: 'The first line must name the columns, for example date,value,note.',
  }),
  duplicateColumn: (name: string): MessageText => ({
    message: `The column "${name}" appears twice in the header.`,
    hint: `Keep one "${name}" column and delete or rename the other.`,
  }),
  tooManyColumns: (count: number): MessageText => ({
    message: `The header has ${count} columns; a readings file has at most date, value and note.`,
    hint: 'Delete the extra columns.',
  }),
  tooManyCells: (cells: number, columns: number, delimiter: string): MessageText => ({
    message: `This row has ${cells} cells, but the header names ${columns} columns.`,
    hint:
      `A note that contains "${delimiter}" must be in double quotes, such as ` +
      `2026-03-09${delimiter}118${delimiter}"Trade show${delimiter} day 2". Otherwise delete the extra cells.`,
  }),
  unclosedQuote: (): MessageText => ({
    message:
      'A quoted cell starts here but its closing quote is missing, so the rest of the file is read as part of it.',
    hint: `Add the closing " at the end of the cell. ${QUOTE_RULE}`,
  }),
  textAfterQuote: (): MessageText => ({
    message: 'There is text after the closing quote of this cell.',
    hint: `Put the whole cell in double quotes. ${QUOTE_RULE}`,
  }),
  unnamedColumn: (): MessageText => ({
    message: 'This cell is in a column that has no name in the header.',
    hint: 'Name the column in the first line (date, value or note), or delete what is in it.',
  }),
  missingDate: (): MessageText => ({
    message: 'This reading has no date.',
    hint: `Fill in the date, written as ${FORMS}, or delete the row.`,
  }),
  badDate: (found: string): MessageText =>
    SHAPE.test(found)
      ? {
          message: `"${shorten(found)}" is not a real date.`,
          hint: 'Check the numbers: months run from 01 to 12, days up to the length of the month, ISO weeks from 01 to 52 (53 in some years), quarters from Q1 to Q4.',
        }
      : {
          message: `"${shorten(found)}" is not a date Plumbline can read.`,
          hint:
            `Write the date as ${FORMS}.` +
            (/[/.]/.test(found)
              ? ' If a spreadsheet wrote it, format the date column as text in that form before saving.'
              : ''),
        },
  badNumber: (found: string, delimiter: string): MessageText => ({
    message: /^[+-]?\d+(\.\d+)?\s*%$/.test(found)
      ? `The value "${found}" has a percent sign, so it could mean ${found.replace(/\s*%$/, '')} or ${percentOf(found)}.`
      : `The value "${shorten(found)}" is not a number.`,
    hint: numberHint(found, delimiter),
  }),
  /** `360,210` in a comma file: value 360 and note 210, or 360210 with a thousands comma. */
  groupedValue: (value: string, groups: readonly string[], row: string): MessageText => {
    const joined = value + groups.join('');
    return {
      message: `"${value},${groups.join(',')}" can be read two ways: the value ${value} with the ${groups.length === 1 ? `note "${groups[0]!}"` : `cells ${groups.join(', ')}`}, or the number ${joined} written with a thousands separator.`,
      hint: `If it is one number, write it without the comma: ${joined}. If ${groups.length === 1 ? `"${groups[0]!}" is a note` : 'the cells after it are notes'}, put ${groups.length === 1 ? 'it' : 'them'} in double quotes: ${row}.`,
    };
  },
  /** `364.770` where `.` and `,` may both mark decimals: 364.77, or 364770. */
  separatorValue: (found: string): MessageText => {
    const mark = found.includes(',') ? ',' : '.';
    const [whole, fraction] = found.split(mark) as [string, string];
    const small = `${whole}.${fraction}`.replace(/0+$/, '').replace(/\.$/, '');
    const large = `${whole}${fraction}`;
    const shortFraction = fraction.replace(/0+$/, '');
    const decimalForm =
      shortFraction.length < 3
        ? `${whole}${shortFraction === '' ? '' : mark + shortFraction}`
        : `${whole}${mark}${fraction}0`;
    return {
      message: `"${found}" can be read two ways: ${small} (with a decimal ${mark === ',' ? 'comma' : 'point'}) or ${large} (with a thousands separator).`,
      hint: `If it is ${large}, write it without the separator: ${large}. If it is ${small}, write ${decimalForm}, which can be read only one way.`,
    };
  },
  duplicateDate: (date: string, earlierLine: number): MessageText => ({
    message: `This reading has the same date (${date}) as the reading on line ${earlierLine}.`,
    hint: 'Keep one reading per date: delete or correct one of the two rows. A week, month, quarter or year counts as its last day, so 2026-03 and 2026-03-31 are the same date.',
  }),
  /** Many dates of one column written the same unreadable way. */
  badDates: (
    example: string,
    count: number,
    first: number,
    last: number,
    partMax: readonly number[],
  ): MessageText => {
    const fix = dateFix(example, partMax);
    return {
      message: `"${shorten(example)}" and ${count - 1} more dates of this column (lines ${first}–${last}) are written the same way, which Plumbline cannot read.`,
      hint:
        fix ??
        `Write the dates as ${FORMS}. If a spreadsheet wrote them, format the date column as text in that form before saving.`,
    };
  },
  /** Many values of one column with the same problem. */
  badNumbers: (
    example: string,
    count: number,
    first: number,
    last: number,
    hint: string,
  ): MessageText => ({
    message: `"${shorten(example)}" and ${count - 1} more values of this column (lines ${first}–${last}) are written the same way, which is not a plain number.`,
    hint,
  }),
  /** Many readings on one date. */
  sameDates: (date: string, count: number, first: number, last: number): MessageText => ({
    message: `${count + 1} readings have the same date (${date}), on lines ${first}–${last}.`,
    hint: 'Keep one reading per date. If every row has this date, the dates were probably filled down by mistake: correct them.',
  }),
  more: (count: number): MessageText => ({
    message: `…and ${count} more ${count === 1 ? 'problem' : 'problems'} in this file.`,
    hint: 'Fix the problems above, then run the check again to see the rest.',
  }),
} as const;

/** The shape of a SPEC date form, whatever its numbers: used to tell "not real" from "unreadable". */
const SHAPE = /^\d{4}(-(\d{2}(-\d{2})?|Q\d|W\d{2}))?$/;

function numberHint(found: string, delimiter: string): string {
  const plain =
    delimiter === ';'
      ? 'Write a plain number such as 131, -4.5, 131,5 or 1.2e6'
      : 'Write a plain number such as 131, -4.5 or 1.2e6';
  if (/^[+-]?(nan|inf(inity)?|∞)$/i.test(found)) {
    return 'Write a number, or leave the cell empty when there is no reading.';
  }
  if (found.includes('%')) {
    return 'Write the number without the % sign: 12 for 12 %. The unit in the KPI file says it is a percent.';
  }
  if (/[$€£¥₹]|^[A-Z]{3}\s|\s[A-Z]{3}$/.test(found)) {
    return 'Write the number without the currency: 5 for $5. The unit in the KPI file says the currency.';
  }
  if (delimiter === ',' && found.includes(',')) {
    return 'Use a point for decimals and no thousands separators: 1234.5, not 1,234.5 or 1234,5.';
  }
  if (/\d[\s'’.,]\d{3}([.,]|$)/.test(found)) {
    return `Remove the thousands separators: 1234.5, not 1 234.5 or 1.234,5. ${plain}.`;
  }
  return `${plain}, or leave the cell empty when there is no reading.`;
}

/**
 * The fix for a column of dates in a common spreadsheet form, with the first one rewritten:
 * `02.01.2023` → 2023-01-02. Slashes are day/month or month/day: told apart by a part above 12
 * in any cell of the column, else both are named.
 */
function dateFix(example: string, partMax: readonly number[]): string | null {
  const dmy = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(example);
  if (dmy !== null) {
    const [, a, sep, b, year] = dmy as unknown as [string, string, string, string, string];
    const pad = (x: string) => x.padStart(2, '0');
    const dayFirst = `${year}-${pad(b)}-${pad(a)}`;
    const monthFirst = `${year}-${pad(a)}-${pad(b)}`;
    const form = `YYYY-MM-DD: ${dayFirst} for ${example}`;
    const save = 'In a spreadsheet, format the date column as YYYY-MM-DD before saving.';
    if (sep === '.' || (partMax[0] ?? 0) > 12) return `Write the dates as ${form}. ${save}`;
    if ((partMax[1] ?? 0) > 12)
      return `Write the dates as YYYY-MM-DD: ${monthFirst} for ${example} (they are month first). ${save}`;
    return `Write the dates as YYYY-MM-DD. ${example} is ${dayFirst} if the day comes first and ${monthFirst} if the month does: no date of the column tells which. ${save}`;
  }
  const ymd = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})$/.exec(example);
  if (ymd !== null) {
    const [, year, , m, d] = ymd as unknown as [string, string, string, string, string];
    return `Write the dates with dashes: ${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')} for ${example}.`;
  }
  return null;
}

/** `12%` → `0.12`, exactly as written digits allow. */
function percentOf(found: string): string {
  const n = Number(found.replace(/\s*%$/, ''));
  return String(Math.round(n * 1e10) / 1e12);
}

/** Quotes long user text in part, so a runaway cell does not flood the output. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
