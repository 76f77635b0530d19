import type { Correlation } from '../analytics/lead-lag.ts';
import { fixedNumber } from '../format/signed.ts';

/** An id as inline code: `grow-pipeline`. */
export function code(text: string): string {
  return `\`${text}\``;
}

export { plural } from '../words/plural.ts';

/** `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Ids as inline code in a list: `a`, `b` and `c`. */
export function listIds(ids: readonly string[]): string {
  return listWords(ids.map(code));
}

/** A correlation as people read it: `r = 0.42, n = 14, p = 0.13`. */
export function formatCorrelation(c: Correlation): string {
  const r = c.r === null ? 'r not computable' : `r = ${fixedNumber(c.r, 2)}`;
  const p = c.p === null ? '' : c.p < 0.001 ? ', p < 0.001' : `, p = ${c.p.toFixed(3)}`;
  return `${r}, n = ${c.n}${p}`;
}

/** A p-value as people read it: `p = 0.013`, `p < 0.001`. */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** `a function`, `an enterprise`: the indefinite article by the first letter. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
