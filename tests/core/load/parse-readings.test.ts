import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { parseNumber } from '../../../src/core/load/parse-number.ts';
import { parseReadingDate } from '../../../src/core/load/parse-reading-date.ts';
import {
  MAX_DIAGNOSTICS,
  parseReadings,
  type Readings,
} from '../../../src/core/load/parse-readings.ts';
import { GRAIN_RANK, parsePeriodText, periodEnd } from '../../../src/core/period/period.ts';

const FILE = 'metrics/qualified-leads.csv';
const MS_PER_DAY = 86_400_000;

/** Day number of `YYYY-MM-DD` by JS Date: an oracle independent of period.ts. */
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
/** `YYYY-MM-DD` of a day number by JS Date. */
const isoOf = (d: number): string => new Date(d * MS_PER_DAY).toISOString().slice(0, 10);

const parse = (text: string): ReturnType<typeof parseReadings> => parseReadings(FILE, text);

interface Row {
  day: number;
  grain: number;
  value: number;
  line: number;
  note?: string;
}

/** The readings as plain rows, for toEqual (which treats NaN as equal to NaN). */
function rows(r: Readings): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < r.length; i++) {
    const row: Row = {
      day: r.days[i]!,
      grain: r.grains[i]!,
      value: r.values[i]!,
      line: r.lines[i]!,
    };
    const note = r.notes.get(i);
    if (note !== undefined) row.note = note;
    out.push(row);
  }
  return out;
}

/** A reading dated by a day, as the tests write them. */
const at = (iso: string, value: number, line: number, note?: string): Row =>
  note === undefined
    ? { day: day(iso), grain: 0, value, line }
    : { day: day(iso), grain: 0, value, line, note };

const where = (d: Diagnostic): Pick<Diagnostic, 'rule' | 'file' | 'line' | 'col'> => ({
  rule: d.rule,
  file: d.file,
  line: d.line,
  col: d.col,
});

/** The only diagnostic of a text, located. */
function only(text: string): Diagnostic {
  const { diagnostics } = parse(text);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

describe('parseReadings: rows', () => {
  it('reads the SPEC example', () => {
    const { readings, diagnostics } = parse(
      'date,value,note\n2026-03-02,131,\n2026-03-09,118,Trade show week\n',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([
      at('2026-03-02', 131, 2),
      at('2026-03-09', 118, 3, 'Trade show week'),
    ]);
  });

  it('dates each SPEC form on the last day of its period, keeping the form as a grain', () => {
    const { readings, diagnostics } = parse(
      'date,value\n2026-03-02,1\n2026-W11,2\n2026-04,3\n2026-Q3,4\n2027,5\n',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([
      { day: day('2026-03-02'), grain: 0, value: 1, line: 2 },
      // 2026-W10 is Mon 2 – Sun 8 March (2026-01-04 is a Sunday), so W11 ends Sunday 15 March.
      { day: day('2026-03-15'), grain: 1, value: 2, line: 3 },
      { day: day('2026-04-30'), grain: 2, value: 3, line: 4 },
      { day: day('2026-09-30'), grain: 3, value: 4, line: 5 },
      { day: day('2027-12-31'), grain: 4, value: 5, line: 6 },
    ]);
  });

  it('reads an empty value, a missing cell and an empty quoted cell as a missing reading', () => {
    const { readings, diagnostics } = parse(
      'date,value\n2026-03-02,\n2026-03-03\n2026-03-04,   \n2026-03-05,""\n2026-03-06," "\n',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([
      at('2026-03-02', NaN, 2),
      at('2026-03-03', NaN, 3),
      at('2026-03-04', NaN, 4),
      at('2026-03-05', NaN, 5),
      at('2026-03-06', NaN, 6),
    ]);
  });

  it('reads plain numbers with a sign, a fraction or an exponent, blanks around them', () => {
    const cells = ['-4.5', '+7', '1.2e6', '.5', '3.', '1E-3', ' 42 ', '0', '"17"', '007'];
    const expected = [-4.5, 7, 1_200_000, 0.5, 3, 0.001, 42, 0, 17, 7];
    const text = `date,value\n${cells.map((c, i) => `2026-03-${10 + i},${c}`).join('\n')}`;
    const { readings, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect([...readings.values]).toEqual(expected);
  });

  it('accepts a decimal comma in a file separated by semicolons', () => {
    const { readings, diagnostics } = parse(
      'date;value;note\n2026-03-02;131,5;\n2026-03-03;-0,25;a, b\n2026-03-04;1.5;\n',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([
      at('2026-03-02', 131.5, 2),
      at('2026-03-03', -0.25, 3, 'a, b'),
      at('2026-03-04', 1.5, 4),
    ]);
  });

  it('sorts rows by date, carrying lines and notes along', () => {
    const { readings, diagnostics } = parse(
      'date,value,note\n2026-03-16,3,third\n2026-03-02,1,first\n2026-03-23,4,\n2026-03-09,2,second\n',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([
      at('2026-03-02', 1, 3, 'first'),
      at('2026-03-09', 2, 5, 'second'),
      at('2026-03-16', 3, 2, 'third'),
      at('2026-03-23', 4, 4),
    ]);
  });

  it('reads header names in any order and case, trimmed or quoted', () => {
    const { readings, diagnostics } = parse(' Note ;"VALUE"; Date\nhi;5;2026-03-02\n');
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([at('2026-03-02', 5, 2, 'hi')]);
  });

  it('skips blank lines and spreadsheet rows of empty cells, counting their lines', () => {
    const { readings, diagnostics } = parse(
      '\ndate,value\n\n2026-03-02,1\n   \n,,\n\t, \n2026-03-03,2\n\n',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([at('2026-03-02', 1, 4), at('2026-03-03', 2, 8)]);
  });

  it('reads LF, CRLF and lone CR line ends, even mixed', () => {
    const { readings, diagnostics } = parse(
      'date,value\r2026-03-02,1\r\n2026-03-03,2\n2026-03-04,3\r',
    );
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([
      at('2026-03-02', 1, 2),
      at('2026-03-03', 2, 3),
      at('2026-03-04', 3, 4),
    ]);
  });

  it('keeps line numbers right after a quoted note that spans lines', () => {
    const text = [
      'date,value,note', //                      line 1
      '2026-03-02,131,"Trade show', //           line 2
      'week, ""big"" one"', //                   line 3
      '2026-03-09,118,"a\r\nb\rc"', //           lines 4–6 (CRLF and CR inside quotes)
      '2026-03-16,abc,', //                      line 7
      '2026-03-23,5,', //                        line 8
    ].join('\n');
    const { readings, diagnostics } = parse(text);
    expect(rows(readings)).toEqual([
      at('2026-03-02', 131, 2, 'Trade show\nweek, "big" one'),
      at('2026-03-09', 118, 4, 'a\nb\nc'),
      at('2026-03-23', 5, 8),
    ]);
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-number', file: FILE, line: 7, col: 12 }]);
  });

  it('keeps unicode notes intact: emoji, right-to-left scripts, combining marks', () => {
    const notes = ['🚀 launch 👩‍👩‍👧', 'مبيعات قوية', 'שבוע טוב', 'cafe\u0301', '中文，备注'];
    const text = `date,value,note\n${notes.map((n, i) => `2026-03-0${i + 1},${i},${n}`).join('\n')}\n`;
    const { readings, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect([...readings.notes.values()]).toEqual(notes);
    expect([...readings.notes.keys()]).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts columns in UTF-16 code units, like the YAML positions (an emoji is two)', () => {
    // "😀" is 2 code units: the note cell is cols 1–2, the comma col 3, the date starts at col 4.
    const d = only('note,date,value\n😀,2026-02-30,1\n');
    expect(where(d)).toEqual({ rule: 'csv-date', file: FILE, line: 2, col: 4 });
  });

  it('does not count a byte-order mark as a column', () => {
    const d = only('\ufeffvalue,dat\n');
    expect(where(d)).toEqual({ rule: 'csv-header', file: FILE, line: 1, col: 7 });
  });

  it('reads a file of one row', () => {
    const { readings, diagnostics } = parse('date,value\n2026-03-02,7');
    expect(diagnostics).toEqual([]);
    expect(rows(readings)).toEqual([at('2026-03-02', 7, 2)]);
  });

  it('reads a header alone as no readings and no problem', () => {
    for (const text of [
      'date,value',
      'date,value,note\n',
      '\ufeffdate;value\r\n',
      'date,value\n\n\n',
    ]) {
      const { readings, diagnostics } = parse(text);
      expect(diagnostics, JSON.stringify(text)).toEqual([]);
      expect(readings.length).toBe(0);
    }
  });

  it('reads 200 000 rows, in order, with the right sum', () => {
    // Day i is 2000-01-01 + i; the value is (i mod 1000) / 4, empty every 7th row.
    const n = 200_000;
    const first = day('2000-01-01');
    const parts = ['date,value,note\n'];
    let sum = 0;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const empty = i % 7 === 3;
      const value = (i % 1000) / 4;
      if (!empty) {
        sum += value;
        present++;
      }
      parts.push(
        `${isoOf(first + i)},${empty ? '' : value},${i % 100 === 0 ? 'checkpoint' : ''}\n`,
      );
    }
    const { readings, diagnostics } = parse(parts.join(''));
    expect(diagnostics).toEqual([]);
    expect(readings.length).toBe(n);
    let total = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(readings.values[i])) {
        total += readings.values[i]!;
        count++;
      }
    }
    expect(count).toBe(present);
    expect(total).toBe(sum);
    expect(readings.days[0]).toBe(first);
    expect(readings.days[n - 1]).toBe(first + n - 1);
    expect(readings.lines[n - 1]).toBe(n + 1);
    expect(readings.notes.size).toBe(n / 100);
    expect(readings.notes.get(100)).toBe('checkpoint');
  });
});

describe('parseReadings: problems', () => {
  it('reports an empty file', () => {
    for (const text of ['', '\ufeff', '\n\n', '  \r\n']) {
      const { readings, diagnostics } = parse(text);
      expect(diagnostics.map(where), JSON.stringify(text)).toEqual([
        { rule: 'file-empty', file: FILE, line: 1, col: 1 },
      ]);
      expect(readings.length).toBe(0);
    }
  });

  it('reports an unknown column and suggests the closest name', () => {
    const { readings, diagnostics } = parse('date,vlaue\n2026-03-02,1\n');
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-header', file: FILE, line: 1, col: 6 }]);
    expect(diagnostics[0]!.hint).toContain('Did you mean "value"?');
    expect(readings.length).toBe(0); // no value column: no rows can be read
  });

  it('still reads the rows when an extra column is unknown', () => {
    const { readings, diagnostics } = parse('date,value,notes\n2026-03-02,1,x\n');
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-header', file: FILE, line: 1, col: 12 }]);
    expect(diagnostics[0]!.hint).toContain('Did you mean "note"?');
    expect(rows(readings)).toEqual([at('2026-03-02', 1, 2)]);
  });

  it('reports a missing required column', () => {
    const d = only('date\n2026-03-02\n');
    expect(where(d)).toEqual({ rule: 'csv-header', file: FILE, line: 1, col: 1 });
    expect(d.message).toBe('The header has no "value" column.');
  });

  it('reports a repeated column', () => {
    const d = only('date,value,Date\n2026-03-02,1,2026-03-03\n');
    expect(where(d)).toEqual({ rule: 'csv-header', file: FILE, line: 1, col: 12 });
  });

  it('says so when the header line was left out', () => {
    const d = only('2026-03-02,131\n2026-03-09,118\n');
    expect(where(d)).toEqual({ rule: 'csv-header', file: FILE, line: 1, col: 1 });
    expect(d.message).toMatchInlineSnapshot(
      `"The first line is a reading, not the header that names the columns."`,
    );
  });

  it('reports a row with too many cells at the first extra cell, hinting to quote the note', () => {
    // "2026-03-09,118,Trade show, day 2": the extra cell " day 2" starts at col 27.
    const { readings, diagnostics } = parse('date,value,note\n2026-03-09,118,Trade show, day 2\n');
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-row', file: FILE, line: 2, col: 27 }]);
    expect(diagnostics[0]!.hint).toMatchInlineSnapshot(
      `"A note that contains "," must be in double quotes, such as 2026-03-09,118,"Trade show, day 2". Otherwise delete the extra cells."`,
    );
    expect(readings.length).toBe(0);
  });

  it('ignores empty cells after the last column (a trailing delimiter)', () => {
    const { readings, diagnostics } = parse('date,value\n2026-03-02,1,\n2026-03-03,2,,\n');
    expect(diagnostics).toEqual([]);
    expect(readings.length).toBe(2);
  });

  it('reports a quoting mistake in the header', () => {
    const d = only('date,"value\n2026-03-02,1\n');
    expect(where(d)).toEqual({ rule: 'csv-header', file: FILE, line: 1, col: 6 });
  });

  it('reports a quote that never closes at the opening quote', () => {
    const { readings, diagnostics } = parse('date,value,note\n2026-03-02,1,"oops\n2026-03-03,2,\n');
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-row', file: FILE, line: 2, col: 14 }]);
    expect(readings.length).toBe(0);
  });

  it('reports text after a closing quote where it starts', () => {
    const { readings, diagnostics } = parse(
      'date,value,note\n2026-03-02,1,"a"b\n2026-03-03,2,"ok"  \n',
    );
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-row', file: FILE, line: 2, col: 17 }]);
    expect(rows(readings)).toEqual([at('2026-03-03', 2, 3, 'ok')]);
  });

  it('allows a column without a name but not a value in it', () => {
    const text = 'date,value,,note\n2026-03-02,1,,ok\n2026-03-03,2,x,\n';
    const { readings, diagnostics } = parse(text);
    expect(diagnostics.map(where)).toEqual([{ rule: 'csv-row', file: FILE, line: 3, col: 14 }]);
    expect(rows(readings)).toEqual([at('2026-03-02', 1, 2, 'ok')]);
  });

  it('reports an unreadable date at its cell, with every accepted form in the hint', () => {
    const d = only('date,value\n03/02/2026,1\n');
    expect(where(d)).toEqual({ rule: 'csv-date', file: FILE, line: 2, col: 1 });
    expect(d.message).toBe('"03/02/2026" is not a date Plumbline can read.');
    for (const form of ['2026-03-02', '2026-W10', '2026-03', '2026-Q1', '2026']) {
      expect(d.hint).toContain(form);
    }
  });

  it('tells a date that does not exist from one it cannot read', () => {
    for (const text of ['2026-02-29', '2026-W54', '2021-W53', '2026-13', '2026-Q5']) {
      const d = only(`value,date\n1,${text}\n`);
      expect(where(d), text).toEqual({ rule: 'csv-date', file: FILE, line: 2, col: 3 });
      expect(d.message).toBe(`"${text}" is not a real date.`);
    }
  });

  it('reports a reading without a date', () => {
    expect(where(only('date,value\n,5\n'))).toEqual({
      rule: 'csv-date',
      file: FILE,
      line: 2,
      col: 1,
    });
    expect(where(only('value,date\n5,\n'))).toEqual({
      rule: 'csv-date',
      file: FILE,
      line: 2,
      col: 3,
    });
    // The date cell is missing altogether: the row is pointed at.
    expect(where(only('value,date\n5\n'))).toEqual({
      rule: 'csv-date',
      file: FILE,
      line: 2,
      col: 1,
    });
  });

  it('reports each kind of bad number at its cell, saying what to write instead', () => {
    const cases: [cell: string, hint: string][] = [
      ['12%', 'without the % sign'],
      ['$5', 'without the currency'],
      ['5 EUR', 'without the currency'],
      ['NaN', 'leave the cell empty'],
      ['Infinity', 'leave the cell empty'],
      ['-inf', 'leave the cell empty'],
      ['"1,234"', 'point for decimals'],
      ['"131,5"', 'point for decimals'],
      ['1 234', 'thousands separators'],
      ['abc', 'plain number'],
      ['1e400', 'plain number'],
      ['--5', 'plain number'],
      ['1e', 'plain number'],
      ['.', 'plain number'],
      ['+', 'plain number'],
      ['0x10', 'plain number'],
      ['"5"""', 'plain number'],
      ['12 kg', 'plain number'],
    ];
    for (const [cell, hint] of cases) {
      const { readings, diagnostics } = parse(`date,value\n2026-03-02,${cell}\n`);
      expect(diagnostics.map(where), cell).toEqual([
        { rule: 'csv-number', file: FILE, line: 2, col: 12 },
      ]);
      expect(diagnostics[0]!.hint, cell).toContain(hint);
      expect(readings.length).toBe(0);
    }
    const semicolon = only('date;value\n2026-03-02;1.234,5\n');
    expect(where(semicolon)).toEqual({ rule: 'csv-number', file: FILE, line: 2, col: 12 });
    expect(semicolon.hint).toContain('thousands separators');
  });

  it('words a bad number plainly', () => {
    const d = only('date,value\n2026-03-02,12%\n');
    expect({ message: d.message, hint: d.hint }).toMatchInlineSnapshot(`
      {
        "hint": "Write the number without the % sign: 12 for 12 %. The unit in the KPI file says it is a percent.",
        "message": "The value "12%" has a percent sign, so it could mean 12 or 0.12.",
      }
    `);
  });

  it('reports a bad date and a bad value of one row in column order', () => {
    const { diagnostics } = parse('value,date\nx,y\n');
    expect(diagnostics.map(where)).toEqual([
      { rule: 'csv-number', file: FILE, line: 2, col: 1 },
      { rule: 'csv-date', file: FILE, line: 2, col: 3 },
    ]);
  });

  it('reports a second reading on one day at the later line, naming the earlier', () => {
    // 2026-03 and 2026-Q1 are dated on their last day, 2026-03-31, like line 2.
    const { readings, diagnostics } = parse(
      'date,value\n2026-03-31,1\n2026-04-01,2\n2026-03,3\n2026-Q1,4\n',
    );
    expect(diagnostics.map(where)).toEqual([
      { rule: 'csv-duplicate-date', file: FILE, line: 4, col: 1 },
      { rule: 'csv-duplicate-date', file: FILE, line: 5, col: 1 },
    ]);
    expect(diagnostics[0]!.message).toBe(
      'This reading has the same date (2026-03-31) as the reading on line 2.',
    );
    expect(rows(readings)).toEqual([at('2026-03-31', 1, 2), at('2026-04-01', 2, 3)]);
  });

  it('finds duplicates among rows out of order, at the date cell', () => {
    const { readings, diagnostics } = parse(
      'value,date\n1,2026-05-01\n2,2026-04-01\n3,2026-05-01\n',
    );
    expect(diagnostics.map(where)).toEqual([
      { rule: 'csv-duplicate-date', file: FILE, line: 4, col: 3 },
    ]);
    expect(diagnostics[0]!.message).toContain('line 2');
    expect(rows(readings)).toEqual([at('2026-04-01', 2, 3), at('2026-05-01', 1, 2)]);
  });

  it('gives every problem a hint and the error severity', () => {
    const text = 'date,value,nope\n2026-02-30,x,\n,1\n2026-03-02,1,"a\n';
    const { diagnostics } = parse(text);
    expect(diagnostics.length).toBeGreaterThan(3);
    for (const d of diagnostics) {
      expect(d.severity).toBe('error');
      expect(d.hint?.length).toBeGreaterThan(10);
    }
  });

  it(`lists at most ${MAX_DIAGNOSTICS} problems, then counts the rest`, () => {
    // 60 values each written another way (x, x-, xx, x--, …), so none are grouped by pattern.
    const shape = (i: number) => (i + 1).toString(2).replace(/0/g, '-').replace(/1/g, 'x');
    const bad = Array.from({ length: 60 }, (_, i) => `${isoOf(day('2026-01-01') + i)},${shape(i)}`);
    const { diagnostics } = parse(`date,value\n${bad.join('\n')}\n`);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => d.line)).toEqual(
      Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => i + 2),
    );
    const last = diagnostics[MAX_DIAGNOSTICS]!;
    expect(where(last)).toEqual({ rule: 'csv-number', file: FILE, line: 52, col: 12 });
    expect(last.message).toBe('…and 10 more problems in this file.');
  });

  it('keeps the first problems by line when duplicates are found out of line order', () => {
    // Lines 2–301: 300 days, latest first. Lines 302–601: the same days again, latest first, so
    // the sort meets the duplicate on line 601 first. Lines 602–606: five bad values, written the
    // same way, so they are one problem: 300 duplicates + 1 = 301, of which 50 are listed.
    const first = day('2026-01-01');
    const dates = Array.from({ length: 300 }, (_, i) => isoOf(first + 299 - i));
    const lines = [
      'date,value',
      ...dates.map((d) => `${d},1`),
      ...dates.map((d) => `${d},2`),
      ...Array.from({ length: 5 }, (_, i) => `${isoOf(first + 400 + i)},bad`),
    ];
    const { readings, diagnostics } = parse(lines.join('\n'));
    expect(readings.length).toBe(300);
    expect(diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => d.line)).toEqual(
      Array.from({ length: MAX_DIAGNOSTICS }, (_, i) => i + 302),
    );
    expect(diagnostics[0]!.message).toContain('line 2.');
    const last = diagnostics[MAX_DIAGNOSTICS]!;
    expect(where(last)).toEqual({ rule: 'csv-duplicate-date', file: FILE, line: 352, col: 1 });
    expect(last.message).toBe('…and 251 more problems in this file.');
  });
});

describe('parseReadings: spreadsheet variants', () => {
  interface GenRow {
    day: number;
    value: number | null;
    note: string;
  }
  const noteChar = fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', '\n', 'é', '😀', 'ש', '-');
  const rowsArb = fc
    .uniqueArray(fc.integer({ min: day('1990-01-01'), max: day('2040-12-31') }), { maxLength: 25 })
    .chain((days) =>
      fc.tuple(
        ...days.map((d) =>
          fc.record({
            day: fc.constant(d),
            value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
            note: fc.string({ unit: noteChar, maxLength: 12 }).map((s) => s.trim()),
          }),
        ),
      ),
    );
  const styleArb = fc.record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    delimiter: fc.constantFrom(',', ';'),
    decimalComma: fc.boolean(),
    quoteAll: fc.boolean(),
    finalEol: fc.boolean(),
    blankAfterHeader: fc.boolean(),
    header: fc.constantFrom('date,value,note', 'DATE,Value,Note', 'value,note,date'),
  });

  type Style = typeof styleArb extends fc.Arbitrary<infer T> ? T : never;

  /** Writes rows as a spreadsheet would in a style, and the readings expected (an oracle). */
  function write(genRows: readonly GenRow[], style: Style) {
    const { eol, delimiter, quoteAll } = style;
    const cell = (s: string): string =>
      quoteAll || s.includes(delimiter) || s.includes('"') || s.includes('\n')
        ? `"${s.replaceAll('"', '""').replaceAll('\n', eol)}"`
        : s;
    const names = style.header.split(',');
    let text = (style.bom ? '\ufeff' : '') + names.map(cell).join(delimiter);
    let line = 1;
    if (style.blankAfterHeader) {
      text += eol;
      line++;
    }
    const expected: Row[] = [];
    for (const r of genRows) {
      text += eol;
      line++;
      let value = r.value === null ? '' : String(r.value);
      if (delimiter === ';' && style.decimalComma) value = value.replace('.', ',');
      const cells = { date: isoOf(r.day), value, note: r.note };
      text += names.map((n) => cell(cells[n.toLowerCase() as keyof typeof cells])).join(delimiter);
      const row: Row = {
        day: r.day,
        grain: 0,
        value: r.value === null ? NaN : Number(String(r.value)),
        line,
      };
      if (r.note !== '') row.note = r.note;
      expected.push(row);
      line += r.note.split('\n').length - 1;
    }
    if (style.finalEol) text += eol;
    return { text, expected: expected.sort((a, b) => a.day - b.day) };
  }

  it('read the same rows whatever the BOM, line ends, delimiter, quoting or order', () => {
    fc.assert(
      fc.property(rowsArb, styleArb, (genRows, style) => {
        const { text, expected } = write(genRows, style);
        const { readings, diagnostics } = parse(text);
        expect(diagnostics).toEqual([]);
        expect(rows(readings)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('never throw on hostile input, and point only inside the file', () => {
    const unit = fc.constantFrom(
      'date',
      'value',
      'note',
      ',',
      ';',
      '"',
      '\r',
      '\n',
      '\r\n',
      ' ',
      '2026-03-02',
      '2026-W10',
      '2026',
      '-',
      '1',
      '.',
      'e',
      'Q',
      '\ufeff',
      'é',
      '😀',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const { readings, diagnostics } = parse(text);
        const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
        expect(diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
        for (const d of diagnostics) {
          expect(d.file).toBe(FILE);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines.length);
          expect(d.col).toBeGreaterThanOrEqual(1);
          expect(d.col).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
        }
        for (let i = 0; i < readings.length; i++) {
          if (i > 0) expect(readings.days[i]).toBeGreaterThan(readings.days[i - 1]!);
          expect(readings.lines[i]).toBeGreaterThanOrEqual(2);
          expect(readings.lines[i]).toBeLessThanOrEqual(lines.length);
        }
        for (const key of readings.notes.keys()) expect(key).toBeLessThan(readings.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseNumber', () => {
  const read = (s: string, decimalComma = false): number =>
    parseNumber(s, 0, s.length, decimalComma);

  it('reads every double written by JS exactly as Number() does', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 21 }),
        (v, digits) => {
          const texts = [String(v), v.toExponential(), v.toPrecision(digits)];
          if (Math.abs(v) < 1e21) texts.push(v.toFixed(Math.min(digits, 20)));
          for (const s of texts) {
            // Rounding to few digits can overflow (1.5e308 → "2e+308"): out of range, refused.
            const expected = Number.isFinite(Number(s)) ? Number(s) : NaN;
            expect(read(s), s).toBe(expected);
            expect(read(s.replace('.', ','), true), s).toBe(expected);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly the plain decimal grammar', () => {
    const grammar = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    const unit = fc.constantFrom(...'0123456789+-.,eE %$x'.split(''), '  ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (s) => {
        const core = s.trim();
        const ok = grammar.test(core) && Number.isFinite(Number(core));
        expect(read(s), JSON.stringify(s)).toBe(ok ? Number(core) : NaN);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a decimal comma only when asked to', () => {
    expect(read('131,5')).toBeNaN();
    expect(read('131,5', true)).toBe(131.5);
    expect(read('1,2,3', true)).toBeNaN();
    expect(read('1.2,3', true)).toBeNaN();
  });
});

describe('parseReadingDate', () => {
  it('agrees with parsePeriodText on every string, its fast path included', () => {
    const unit = fc.constantFrom(...'0123456789-WQ '.split(''));
    const dateLike = fc.oneof(
      fc.string({ unit, minLength: 4, maxLength: 11 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
    );
    fc.assert(
      fc.property(dateLike, (s) => {
        const packed = parseReadingDate(s, 0, s.length);
        const p = parsePeriodText(s.trim());
        if (p === null) expect(packed, s).toBeNaN();
        else expect(packed, s).toBe(periodEnd(p) * 8 + GRAIN_RANK[p.grain]);
      }),
      { numRuns: 5000 },
    );
  });
});
