import { currencyOf } from './currency-of.ts';
import { currentLocale } from './locale.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat of the site's locale: building one costs far more than using it. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // The options used here are style, currency, notation and digits.
  const locale = currentLocale();
  const key = `${locale} ${options.style} ${options.currency} ${options.notation} ${options.maximumFractionDigits}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * A value written in a KPI's unit: `$1.2M`, `12.5 %`, `1,234`, `3.2 days` — the one number format
 * of the charts and the pages (`Intl.NumberFormat` in the site's locale, en-US by default; a percent unit holds percentage
 * points, so 12.5 is written `12.5 %`). Compact from 10,000 up unless `compact: false`.
 */
export function formatUnitValue(
  value: number,
  unit: string,
  options: { compact?: boolean } = {},
): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) value = 0; // -0 reads as "-0"
  const abs = Math.abs(value);
  const compact = options.compact !== false && abs >= 10_000;
  const currency = currencyOf(unit);
  if (currency !== null) {
    return numberFormat({
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : abs >= 100 ? 0 : 2,
    }).format(value);
  }
  const number = numberFormat({
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : abs >= 100 ? 0 : abs >= 1 ? 1 : 3,
  }).format(value);
  if (unit === 'percent') return `${number} %`;
  if (unit === 'count' || unit === 'score' || unit === 'ratio' || unit === '') return number;
  return `${number} ${unit}`;
}
