import { currencyOf } from './currency-of.ts';

/** How a quantitative axis writes numbers in a unit (d3-format, evaluated by Vega). */
export interface UnitAxis {
  /** Axis title: the unit in words. */
  readonly title: string;
  /** d3-format specifier without precision, so Vega picks the precision from the tick step. */
  readonly format: string;
  /** Vega expression that finishes the label, e.g. appends ` %`; absent when not needed. */
  readonly labelExpr?: string;
  /** Number locale for Vega's `config.locale`, for the currency symbol; absent when not needed. */
  readonly locale?: {
    readonly decimal: string;
    readonly thousands: string;
    readonly grouping: readonly number[];
    readonly currency: readonly [string, string];
  };
}

const TITLES: Readonly<Record<string, string>> = {
  count: 'Count',
  percent: 'Percent',
  ratio: 'Ratio',
  days: 'Days',
  hours: 'Hours',
  score: 'Score',
};

/** d3-format writes SI prefixes (k, G); the pages write K and B, as `Intl` compact notation does. */
const BILLIONS = "replace(replace(datum.label, 'k', 'K'), 'G', 'B')";

/**
 * The y-axis of a KPI's unit: `$1.2M` for currencies (any ISO code: the symbol comes from
 * `Intl`), `12.5 %` for percent (values are percentage points), compact `20k` once the largest
 * |value| reaches 10,000, grouped digits below that. `maxAbs` is the largest |value| drawn.
 */
export function unitAxis(unit: string, maxAbs: number): UnitAxis {
  const compact = maxAbs >= 10_000;
  const currency = currencyOf(unit);
  if (currency !== null) {
    const symbol =
      new Intl.NumberFormat('en-US', { style: 'currency', currency })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency;
    return {
      title: currency,
      format: compact ? '$~s' : '$,~f',
      ...(compact ? { labelExpr: BILLIONS } : {}),
      locale: { decimal: '.', thousands: ',', grouping: [3], currency: [symbol, ''] },
    };
  }
  const title = TITLES[unit] ?? unit;
  if (unit === 'percent')
    return { title, format: compact ? '~s' : ',~f', labelExpr: "datum.label + ' %'" };
  return compact ? { title, format: '~s', labelExpr: BILLIONS } : { title, format: ',~f' };
}
