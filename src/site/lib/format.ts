/**
 * Numbers, dates and words for the pages: Intl.NumberFormat by unit (currency, percent, compact
 * for large counts), dates by cadence, status and trend in words. Pure; the same on every build.
 */
import type { Status } from '../../core/analytics/status.ts';
import type { TrendDirection } from '../../core/analytics/trend.ts';
import type { KpiJson } from '../../core/model/model.ts';
import type { Cadence } from '../../core/period/period.ts';
import { currencyOf } from '../../charts/currency-of.ts';
import { formatUnitValue } from '../../charts/format-unit-value.ts';
import { currentLocale, dayLabel, monthLabel } from '../../charts/locale.ts';
import { PALETTE } from '../../charts/palette.ts';

/** Formats a value in a KPI's unit: `$1.2M`, `12.5 %`, `1,234`, `3.2 days`; `–` when missing. */
export function formatValue(
  value: number | null,
  unit: string,
  options: { compact?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatUnitValue(value, unit, { compact: options.compact === true });
}

const currencyNames = new Map<string, Intl.DisplayNames>();

/**
 * A KPI's unit for people: `US Dollar (USD)` for `currency:USD`, `percentage points` for
 * `percent` (values are points, not fractions), and any other unit as written. Short, for a
 * caption: `USD` and `percent`.
 */
export function unitName(unit: string, options: { short?: boolean } = {}): string {
  const currency = currencyOf(unit);
  if (currency !== null) {
    const locale = currentLocale();
    let names = currencyNames.get(locale);
    if (names === undefined) {
      names = new Intl.DisplayNames(locale, { type: 'currency' });
      currencyNames.set(locale, names);
    }
    const name = options.short === true ? undefined : names.of(currency);
    return name === undefined || name === currency ? currency : `${name} (${currency})`;
  }
  return unit === 'percent' && options.short !== true ? 'percentage points' : unit;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A signed percent: `+4.2 %`, `−7 %` (with a real minus sign). */
export function formatPercent(fraction: number | null, digits = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  const key = `${currentLocale()} ${digits}`;
  let format = percentFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(currentLocale(), {
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    });
    percentFormats.set(key, format);
  }
  const n = format.format(fraction * 100);
  return `${n.replace('-', '−')} %`;
}

/** A period label for people: `W09 2026`, `Mar 2026`, `Q1 2026`, `2026`, `2 Mar 2026`. */
export function formatPeriodLabel(period: string): string {
  let m = /^(\d{4})-W(\d{2})$/.exec(period);
  if (m !== null) return `W${m[2]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m !== null) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m !== null) return monthLabel(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m !== null) return dayLabel(Number(m[1]), Number(m[2]), Number(m[3]));
  return period;
}

/** A date for people: `2 Mar 2026`. */
export function formatDate(date: string | null): string {
  return date === null ? '–' : formatPeriodLabel(date);
}

/** Status symbol and word (DESIGN: never colour alone): the same as the charts draw. */
export const STATUS_TEXT: Record<Status, { readonly symbol: string; readonly word: string }> = PALETTE.status;

/** The period noun of a cadence: "week". */
export const PERIOD_NOUN = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
} as const satisfies Record<Cadence, string>;

/** Trend arrow and words with their meaning for this KPI: ↑ is "worsening" for a down KPI. */
export function trendText(kpi: Pick<KpiJson, 'trend' | 'unit' | 'cadence'>): {
  arrow: string;
  words: string;
} {
  const { slope, p, direction } = kpi.trend;
  if (slope === null) return { arrow: '→', words: 'not enough readings for a trend' };
  const arrow = slope > 0 ? '↑' : slope < 0 ? '↓' : '→';
  // A signed rate with a real minus sign: `+2.1 per week`, `−0.6 % per week`.
  const per =
    `${slope > 0 ? '+' : ''}${formatValue(slope, kpi.unit)} per ${PERIOD_NOUN[kpi.cadence]}`.replace(
      /^-/,
      '−',
    );
  const words: Record<TrendDirection, string> = {
    improving: `improving, significant, ${per}`,
    worsening: `worsening, significant, ${per}`,
    flat: p === null ? 'flat' : `no significant trend (${per}, p = ${p.toFixed(2)})`,
  };
  return { arrow, words: words[direction] };
}

/**
 * The verdict sentence: "At risk: 182 vs 196 planned (−7 %)". Stale data says so first: a stale
 * KPI must never look on track.
 */
export function verdict(kpi: KpiJson): string {
  const s = STATUS_TEXT[kpi.status].word;
  const latest = kpi.latest === null ? null : formatValue(kpi.latest.value, kpi.unit);
  let text: string;
  if (kpi.latest === null) text = 'No data: no readings yet';
  else if (kpi.planned === null)
    text = `${s}: ${latest}${kpi.target === null ? ', no target set' : `, plan starts ${formatDate(kpi.baseline?.date ?? kpi.target.date)}`}`;
  else
    text = `${s}: ${latest} vs ${formatValue(kpi.planned, kpi.unit)} planned (${formatPercent(kpi.gap, 0)})`;
  if (kpi.stale) text = `Stale — ${text}`;
  return text;
}

/** "last reading 3 weeks ago" from overdue periods. */
export function staleText(
  kpi: Pick<KpiJson, 'stale' | 'overdue' | 'cadence' | 'latest'>,
): string | null {
  if (!kpi.stale || kpi.overdue === null || kpi.latest === null) return null;
  const noun = PERIOD_NOUN[kpi.cadence];
  return `Stale: last reading ${formatPeriodLabel(kpi.latest.period)}, ${kpi.overdue} ${noun}${kpi.overdue === 1 ? '' : 's'} overdue`;
}

/** The text alternative of a KPI chart: "Qualified leads, weekly, 2023–2026: rising from 120 to 182; plan 196; at risk". */
export function chartSummary(kpi: KpiJson, first: { date: string; value: number } | null): string {
  if (kpi.latest === null || first === null) return `${kpi.name}, ${kpi.cadence}: no readings yet.`;
  const years = `${first.date.slice(0, 4)}–${kpi.latest.date.slice(0, 4)}`;
  const from = formatValue(first.value, kpi.unit);
  const to = formatValue(kpi.latest.value, kpi.unit);
  const move =
    kpi.latest.value > first.value
      ? 'rising'
      : kpi.latest.value < first.value
        ? 'falling'
        : 'level';
  const plan = kpi.planned === null ? 'no plan' : `plan ${formatValue(kpi.planned, kpi.unit)}`;
  return `${kpi.name}, ${kpi.cadence}, ${years}: ${move} from ${from} to ${to}; ${plan}; ${STATUS_TEXT[kpi.status].word.toLowerCase()}${kpi.stale ? ', stale' : ''}.`;
}
