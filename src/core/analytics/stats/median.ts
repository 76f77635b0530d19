/**
 * The median of a sample: the middle value of the sorted sample, or the mean of the two middle
 * values when the sample has an even size.
 *
 * The input is copied, never reordered. Values must be finite numbers (callers remove NaN).
 *
 * @param values the sample, in any order.
 * @returns the median, or `null` for an empty sample.
 */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const upper = sorted[n >> 1]!;
  if (n % 2 === 1) return upper;
  const lower = sorted[(n >> 1) - 1]!;
  const mid = (lower + upper) / 2;
  // The sum can overflow for values near ±Number.MAX_VALUE although their mean cannot.
  return Number.isFinite(mid) ? mid : lower / 2 + upper / 2;
}
