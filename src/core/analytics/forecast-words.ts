/** How likely a KPI is to meet its target, in words (SPEC §3.1 Forecast). */
export type TargetOutlook = 'likely' | 'unlikely' | 'uncertain';

/** At or above this probability a target is "likely" to be met. */
export const LIKELY_FROM = 0.7;
/** At or below this probability it is "unlikely". */
export const UNLIKELY_TO = 0.3;

/** The outlook of a probability of meeting the target. */
export function targetOutlook(probability: number): TargetOutlook {
  return probability >= LIKELY_FROM
    ? 'likely'
    : probability <= UNLIKELY_TO
      ? 'unlikely'
      : 'uncertain';
}

/**
 * A probability of meeting the target in words for people: "Likely to meet (72 %)", "Unlikely to
 * meet (15 %)", "Uncertain (48 %)". The percent is rounded and kept within 1–99 %: a forecast is
 * never certain, and a smoothed probability is never exactly 0 or 1.
 */
export function forecastWords(probability: number): string {
  const percent = Math.min(99, Math.max(1, Math.round(probability * 100)));
  switch (targetOutlook(probability)) {
    case 'likely':
      return `Likely to meet (${percent} %)`;
    case 'unlikely':
      return `Unlikely to meet (${percent} %)`;
    case 'uncertain':
      return `Uncertain (${percent} %)`;
  }
}
