/**
 * A threshold amount (SPEC §2 `thresholds`): a percent of plan (`5 %`, `7.5 %`, written from the
 * fraction without float noise such as `7.000000000000001 %`) or an amount in the KPI's unit.
 */
import type { AmountJson } from '../model/model.ts';
import { formatValue, type FormatOptions } from './format-value.ts';
import { numberText } from './number-text.ts';

/** `5 %` of plan, or `$1,200` / `3 days` in the unit. */
export function formatAmount(
  amount: AmountJson,
  unit: string,
  options: FormatOptions = {},
): string {
  if (amount.kind === 'absolute') return formatValue(amount.value, unit, options);
  // Up to 4 decimals of a percent: thresholds are written by people (`2.5%`, `0.25%`).
  const percent = Number((amount.value * 100).toPrecision(12));
  const text = numberText(
    percent,
    { compact: false, min: 0, max: 4 },
    {
      locale: options.locale ?? 'en-US',
      currency: null,
    },
  ).text;
  return `${text} %`;
}
