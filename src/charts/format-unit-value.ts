import { formatValue } from '../core/format/format-value.ts';
import { currentLocale } from './locale.ts';

/**
 * A value written in a KPI's unit for a chart: `$1.2M`, `12.5 %`, `1,234`, `3.2 days` — the core's
 * one number format (src/core/format) in the site's locale, compact from 10,000 up unless
 * `compact: false` (never on a unit with a scale word: `143,100 thousand jobs`).
 */
export function formatUnitValue(
  value: number,
  unit: string,
  options: { compact?: boolean } = {},
): string {
  return formatValue(value, unit, { compact: options.compact !== false, locale: currentLocale() });
}
