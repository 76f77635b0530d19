import { describe, expect, it } from 'vitest';
import { wrapToWidth } from '../../src/charts/strategy-map/wrap-to-width.ts';

// Advance widths at font size 10 (Helvetica, estimate-text-width.ts): a 5.56, b 5.56, c 5.00,
// d 5.56, space 2.78; a character outside ASCII below U+2E80 6.00, from U+2E80 on 10.00.
describe('wrapToWidth', () => {
  it('breaks between words, keeping the parting space at the end of the line', () => {
    // "ab cd" is 24.46 wide; "ab" 11.12, "cd" 10.56.
    expect(wrapToWidth('ab cd', 24.46, 10)).toEqual(['ab cd']);
    expect(wrapToWidth('ab cd', 24.4, 10)).toEqual(['ab ', 'cd']);
  });

  it('breaks a word wider than a line between graphemes, with no space added', () => {
    // "aa" is 11.12 ≤ 12, "aaa" 16.68 > 12.
    expect(wrapToWidth('aaaaa', 12, 10)).toEqual(['aa', 'aa', 'a']);
    expect(wrapToWidth('ab aaaaa', 12, 10)).toEqual(['ab ', 'aa', 'aa', 'a']);
    // é as e + combining acute is one grapheme, 5.56 + 6.00 = 11.56: one a line, never split.
    expect(wrapToWidth('e\u0301e\u0301e\u0301', 12, 10)).toEqual(['e\u0301', 'e\u0301', 'e\u0301']);
    // An emoji with a skin tone is one grapheme of two code points (20.00): never split.
    expect(wrapToWidth('👍🏽👍🏽', 12, 10)).toEqual(['👍🏽', '👍🏽']);
    // A lone grapheme wider than a line still gets its line.
    expect(wrapToWidth('客户', 5, 10)).toEqual(['客', '户']);
  });

  it('collapses whitespace and gives nothing for empty text', () => {
    expect(wrapToWidth('  a \n\t b ', 100, 10)).toEqual(['a b']);
    expect(wrapToWidth('', 100, 10)).toEqual([]);
    expect(wrapToWidth(' \n ', 100, 10)).toEqual([]);
  });

  it('loses no text: the lines put together are the text, whitespace collapsed', () => {
    const text = 'Become the outfitter of choice for guiding companies, schools and clubs';
    for (const width of [20, 60, 120, 200, 400])
      expect(wrapToWidth(text, width, 16, true).join('')).toBe(text);
  });
});
