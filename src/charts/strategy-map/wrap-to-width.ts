import { estimateTextWidth } from '../estimate-text-width.ts';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Greedy word wrap by estimated width (estimateTextWidth). No text is lost: the lines put
 * together are the text with its whitespace runs collapsed to one space — every line but the last
 * ends in the space that parts it from the next (drawn as nothing, but it keeps the words apart
 * for assistive technology), except where a word wider than a line was broken between graphemes
 * (never inside a surrogate pair or a combined character). Without that trailing space each line
 * is at most `maxWidth` wide at `fontSize` (a lone grapheme wider than that still gets its line).
 * There is no line limit; empty text gives no lines. Deterministic.
 */
export function wrapToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string[] {
  const fits = (s: string) => estimateTextWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(`${line} `);
    line = '';
    // A word wider than a line: as many graphemes per line as fit (at least one).
    for (const { segment } of graphemes.segment(word)) {
      if (line !== '' && !fits(line + segment)) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
