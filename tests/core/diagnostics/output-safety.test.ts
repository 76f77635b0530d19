import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { escapeControl } from '../../../src/core/diagnostics/escape-text.ts';
import { formatGithub } from '../../../src/core/diagnostics/format-github.ts';
import { formatJson } from '../../../src/core/diagnostics/format-json.ts';
import { formatText } from '../../../src/core/diagnostics/format-text.ts';

const ESC = '\u001b';
const hostile = diagnostic(
  'csv-number',
  { file: `metrics/${ESC}[2Jx.csv`, line: 2, col: 12 },
  `The value "${ESC}[31mred\u202e" is not a number.`,
  `Line one\nforged line\u0085 ${ESC}]0;title\u0007`,
);

describe('output cannot act on its reader', () => {
  it('escapeControl shows C0, C1, DEL, separators and bidi controls as \\u{…}', () => {
    expect(escapeControl(`a${ESC}b\u0007\t\n\r\u007f\u0085\u2028\u202e\u2066z é 😀`)).toBe(
      'a\\u{1b}b\\u{7}\\u{9}\\u{a}\\u{d}\\u{7f}\\u{85}\\u{2028}\\u{202e}\\u{2066}z é 😀',
    );
  });

  it('text: no control character reaches the terminal, from the path, message, hint or line', () => {
    const sources = new Map([[hostile.file, `date,value\n2026-01-01,${ESC}[31mred\n`]]);
    const out = formatText([hostile], { sources });
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(out.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out).toBe(
      [
        'metrics/\\u{1b}[2Jx.csv',
        '  2:12    error   The value "\\u{1b}[31mred\\u{202e}" is not a number.  [csv-number]',
        '              2 | 2026-01-01,\\u{1b}[31mred',
        '                |            ^',
        '                  → Line one\\u{a}forged line\\u{85} \\u{1b}]0;title\\u{7}',
        '',
        '✖ 1 error, 0 warnings in 1 file.',
        '',
      ].join('\n'),
    );
  });

  it('github: line breaks encoded as GitHub decodes them, every other control made visible', () => {
    expect(formatGithub([hostile])).toBe(
      '::error file=metrics/\\u{1b}[2Jx.csv,line=2,col=12,title=Plumbline csv-number::' +
        'The value "\\u{1b}[31mred\\u{202e}" is not a number.%0ALine one%0Aforged line\\u{85} \\u{1b}]0;title\\u{7}\n',
    );
  });

  it('json: C0 escaped by JSON itself, C1 and bidi escaped too, and it still parses back', () => {
    const out = formatJson([hostile]);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(out.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(out).toContain('"message": "The value \\"\\u001b[31mred\\u202e\\" is not a number."');
    const parsed = JSON.parse(out) as { findings: { message: string; hint: string }[] };
    expect(parsed.findings[0]!.message).toBe(hostile.message);
    expect(parsed.findings[0]!.hint).toBe(hostile.hint);
  });
});

describe('text format: the line of the finding with a marker under the column', () => {
  const at = (line: number, col: number) =>
    diagnostic('schema-value', { file: 'a.yaml', line, col }, 'Bad.', 'Fix.');

  it('cuts a long line to a window around the column', () => {
    const long = `${'a'.repeat(200)}X${'b'.repeat(200)}`;
    const out = formatText([at(1, 201)], { sources: new Map([['a.yaml', long]]) }).split('\n');
    // Window of 100 from 150 (= 200 - 50): '…' + 50 a's, then X and 49 b's, then '…'.
    expect(out[2]).toBe(`              1 | …${'a'.repeat(50)}X${'b'.repeat(49)}…`);
    expect(out[3]).toBe(`                | ${' '.repeat(51)}^`);
  });

  it('keeps the marker in line when the line holds tabs, and shows no line for whole-file rules', () => {
    const sources = new Map([['a.yaml', 'a:\n\tb: 1\n']]);
    const out = formatText([at(2, 2)], { sources }).split('\n');
    expect(out.slice(2, 4)).toEqual(['              2 |  b: 1', '                |  ^']);
    const whole = diagnostic('file-misnamed', { file: 'a.yaml', line: 1, col: 1 }, 'Misnamed.');
    expect(formatText([whole], { sources }).split('\n')).toHaveLength(5);
  });

  it('shows nothing for a line past the end of the file', () => {
    const out = formatText([at(9, 1)], { sources: new Map([['a.yaml', 'a: 1\n']]) });
    expect(out).not.toContain(' | ');
  });
});
