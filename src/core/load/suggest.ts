import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input` when it is close enough to be a likely typo (edit distance at
 * most a third of the length, at least 2), else null. Ties go to the first candidate in order.
 */
export function suggest(input: string, candidates: Iterable<string>): string | null {
  const needle = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  // A case-only difference (distance 0) is still worth suggesting: `Monthly` → `monthly`.
  return best !== null && best !== input && bestDistance <= limit ? best : null;
}

/** " Did you mean `x`?" or "". */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const s = suggest(input, candidates);
  return s === null ? '' : ` Did you mean \`${s}\`?`;
}
