/**
 * Signed numbers for changes and rates: `+4.2 %`, `−7 %`, `+2.1 per week`. A real minus sign,
 * and no sign on a change that rounds to zero.
 */
import { formatValue, type FormatOptions } from './format-value.ts';
import { numberText } from './number-text.ts';

/**
 * A number written by its size, for an approximate quantity (a gap in percent, a count expected
 * by chance): `45`, `7.5`, `0.2`, `0.004` — whole from 10 up, one decimal below, one significant
 * digit under 1, so that a quantity that is not zero never reads `0`.
 */
export function roughNumber(x: number, locale = 'en-US'): string {
  const abs = Math.abs(x);
  if (abs === 0)
    return numberText(0, { compact: false, min: 0, max: 0 }, { locale, currency: null }).text;
  const rounding =
    abs >= 10
      ? { compact: false, min: 0, max: 0 }
      : abs >= 0.95
        ? { compact: false, min: 0, max: 1 }
        : { significant: 1 };
  return numberText(x, rounding, { locale, currency: null }).text;
}

/**
 * A signed percent of a fraction: `+4.2 %`, `−7 %`, `0 %`. `digits` fixes the decimals (as the
 * site's `formatPercent` always took); without it the digits follow the size (`roughNumber`).
 */
export function formatSignedPercent(
  fraction: number | null,
  options: { readonly digits?: number; readonly locale?: string } = {},
): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  const locale = options.locale ?? 'en-US';
  const percent = fraction * 100;
  const text =
    options.digits === undefined
      ? roughNumber(percent, locale)
      : numberText(
          percent,
          { compact: false, min: 0, max: options.digits },
          { locale, currency: null },
        ).text;
  const zero = /^[^1-9]*$/.test(text);
  return `${zero || percent < 0 ? '' : '+'}${text} %`;
}

/** A signed value in a unit: `+2.1`, `−0.6 %`, `+$1,200`; no sign when it rounds to zero. */
export function formatSignedValue(
  value: number | null,
  unit: string,
  options: FormatOptions = {},
): string {
  const text = formatValue(value, unit, options);
  if (value === null || !Number.isFinite(value) || value < 0 || /^[^1-9]*$/.test(text)) return text;
  return `+${text}`;
}

/**
 * A statistic at fixed decimals with a real minus sign: `0.42`, `−1.00`; never `−0.00`. For r, a
 * slope or an elasticity written in prose (locale-free, as statistics are quoted).
 */
export function fixedNumber(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/**
 * A change of a value (a trend's rate, a difference): signed, in the unit, and in points for a
 * percent KPI, whose values already are percentages: `+2.1`, `−$1,200`, `+0.02 points`, `−1 point`.
 */
export function formatValueChange(
  delta: number | null,
  unit: string,
  options: FormatOptions = {},
): string {
  if (unit !== 'percent') return formatSignedValue(delta, unit, options);
  const text = formatSignedValue(delta, 'count', options);
  if (text === '–') return text;
  return `${text} ${/^[+−]?1$/.test(text) ? 'point' : 'points'}`;
}
