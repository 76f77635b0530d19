import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/site/lib/css-string.ts';

describe('cssString', () => {
  it('quotes plain and unicode text unchanged', () => {
    expect(cssString('')).toBe('""');
    expect(cssString('Northwind · Qualified leads')).toBe('"Northwind · Qualified leads"');
    expect(cssString('Zürich 🚲 Büro')).toBe('"Zürich 🚲 Büro"');
  });

  it('escapes quotes, backslashes and line breaks as hex code points', () => {
    expect(cssString('say "hi"')).toBe('"say \\22 hi\\22 "');
    expect(cssString('a\\b')).toBe('"a\\5c b"');
    expect(cssString('one\ntwo\r\t')).toBe('"one\\a two\\d \\9 "');
  });

  it('cannot close the style element or open markup', () => {
    const s = cssString('</style><script>alert(1)</script>');
    expect(s).not.toMatch(/[<>]/);
    expect(s).toBe('"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "');
  });
});
