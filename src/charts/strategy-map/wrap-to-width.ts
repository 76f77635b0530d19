import { estimateTextWidth } from '../../io/charts/estimate-text-width.ts';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Greedy word wrap by estimated width (estimateTextWidth): every line of the result is at most
 * `maxWidth` wide at `fontSize`, and no text is lost — there is no line limit, and a word wider
 * than a line is broken between graphemes (never inside a surrogate pair or a combined
 * character). Whitespace runs collapse; empty text gives no lines. Deterministic.
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
    if (line !== '') lines.push(line);
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
