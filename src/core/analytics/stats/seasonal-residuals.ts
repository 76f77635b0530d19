/**
 * Values less the mean of their season (period-of-year effects): the residuals of a regression on
 * one dummy per season, so a correlation or slope of residuals is the partial one given the
 * seasons. `groups` is the number of seasons present — the parameters the means used up, so a test
 * on the residuals has `groups − 1` fewer degrees of freedom than one on centred values.
 *
 * @param values the values, paired by index with `seasons`.
 * @param seasons each value's season (e.g. month of year 1–12).
 */
export function seasonalResiduals(
  values: readonly number[],
  seasons: readonly number[],
): { residuals: number[]; groups: number } {
  if (values.length !== seasons.length)
    throw new RangeError(
      `seasonalResiduals: ${values.length} values but ${seasons.length} seasons`,
    );
  const sums = new Map<number, { sum: number; count: number }>();
  values.forEach((v, i) => {
    const s = sums.get(seasons[i]!) ?? { sum: 0, count: 0 };
    s.sum += v;
    s.count++;
    sums.set(seasons[i]!, s);
  });
  const residuals = values.map((v, i) => {
    const s = sums.get(seasons[i]!)!;
    return v - s.sum / s.count;
  });
  return { residuals, groups: sums.size };
}
