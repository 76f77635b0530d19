import { describe, expect, it } from 'vitest';
import { parseReadings } from '../../../src/core/load/parse-readings.ts';

const FILE = 'metrics/x.csv';

function problems(text: string) {
  const { readings, diagnostics } = parseReadings(FILE, text);
  return {
    count: readings.length,
    found: diagnostics.map(({ rule, line, col, message, hint }) => ({
      rule,
      line,
      col,
      message,
      hint,
    })),
  };
}

describe('numbers that read two ways are errors naming both readings', () => {
  it('a thousands comma typed by hand in a comma file is not value 360 with the note 210', () => {
    const { count, found } = problems('date,value,note\n2026-11-02,360,210\n2026-11-09,361,\n');
    expect(count).toBe(1); // only the unambiguous row
    expect(found).toEqual([
      {
        rule: 'csv-ambiguous',
        line: 2,
        col: 12,
        message:
          '"360,210" can be read two ways: the value 360 with the note "210", or the number 360210 written with a thousands separator.',
        hint: 'If it is one number, write it without the comma: 360210. If "210" is a note, put it in double quotes: 2026-11-02,360,"210".',
      },
    ]);
  });

  it('two thousands commas are one ambiguity, not a row with too many cells', () => {
    const { found } = problems('date,value,note\n2026-11-02,1,234,567\n');
    expect(found.map((f) => [f.rule, f.line, f.col, f.message])).toEqual([
      [
        'csv-ambiguous',
        2,
        12,
        '"1,234,567" can be read two ways: the value 1 with the cells 234, 567, or the number 1234567 written with a thousands separator.',
      ],
    ]);
  });

  it('a quoted note of digits, a note of other length, or a decimal value are fine', () => {
    expect(problems('date,value,note\n2026-11-02,360,"210"\n').found).toEqual([]);
    expect(problems('date,value,note\n2026-11-02,360,21\n').found).toEqual([]);
    expect(problems('date,value,note\n2026-11-02,360.5,210\n').found).toEqual([]);
    expect(problems('date,value,note\n2026-11-02,3600,210\n').found).toEqual([]);
  });

  it('a thousands dot in a semicolon file is not read as 364.77', () => {
    const { count, found } = problems('date;value\n2026-11-02;364.770\n2026-11-09;364,77\n');
    expect(count).toBe(1);
    expect(found).toEqual([
      {
        rule: 'csv-ambiguous',
        line: 2,
        col: 12,
        message:
          '"364.770" can be read two ways: 364.77 (with a decimal point) or 364770 (with a thousands separator).',
        hint: 'If it is 364770, write it without the separator: 364770. If it is 364.77, write 364.77, which can be read only one way.',
      },
    ]);
  });

  it('a three-decimal comma in a semicolon file, with no shorter form, is ambiguous too', () => {
    const { found } = problems('date;value\n2026-11-02;1,375\n');
    expect(found.map((f) => [f.rule, f.message, f.hint])).toEqual([
      [
        'csv-ambiguous',
        '"1,375" can be read two ways: 1.375 (with a decimal comma) or 1375 (with a thousands separator).',
        'If it is 1375, write it without the separator: 1375. If it is 1.375, write 1,3750, which can be read only one way.',
      ],
    ]);
  });

  it('0,125 and 1,5 and 12,3456 in a semicolon file read one way only', () => {
    const { count, found } = problems('date;value\n2026-01;0,125\n2026-02;1,5\n2026-03;12,3456\n');
    expect(found).toEqual([]);
    expect(count).toBe(3);
  });

  it('a percent sign names both readings', () => {
    const { found } = problems('date,value\n2026-11-02,-4.5%\n');
    expect(found.map((f) => [f.rule, f.col, f.message])).toEqual([
      ['csv-number', 12, 'The value "-4.5%" has a percent sign, so it could mean -4.5 or -0.045.'],
    ]);
  });
});
