/**
 * Numbers, dates and words for the pages, in the site's locale: values, pairs and gaps from the
 * core's one number format (src/core/format; README "How numbers are written"), dates by
 * cadence, status and trend in words. Pure; the same on every build.
 */
import type { Status } from '../../core/analytics/status.ts';
import { TREND_FDR } from '../../core/analytics/trend.ts';
import { formatAmount } from '../../core/format/format-amount.ts';
import * as core from '../../core/format/format-value.ts';
import { gapPhrase } from '../../core/format/gap-phrase.ts';
import { formatSignedPercent, formatValueChange, roughNumber } from '../../core/format/signed.ts';
import { currencyOf } from '../../core/format/unit-kind.ts';
import type { AmountJson, KpiJson } from '../../core/model/model.ts';
import type { Cadence } from '../../core/period/period.ts';
import { currentLocale, dayLabel, monthLabel } from '../../charts/locale.ts';
import { PALETTE } from '../../charts/palette.ts';

/**
 * A value in a KPI's unit: `$1,235`, `12.5 %`, `1,234`, `3.2 days`, `143,100 thousand jobs`,
 * `−3,154`; `$1.2M` with `compact` (never on a unit with a scale word); `–` when missing.
 */
export function formatValue(
  value: number | null,
  unit: string,
  options: { compact?: boolean } = {},
): string {
  return core.formatValue(value, unit, { compact: options.compact === true, locale: currentLocale() });
}

/**
 * Two values compared (actual and plan, before and after, a forecast and its target) with one
 * precision: different values never print alike (`4.60` / `4.65`), no more digits than that needs
 * (`$59.4M` / `$59.5M` with `compact`).
 */
export function formatPair(
  first: number,
  second: number,
  unit: string,
  options: { compact?: boolean } = {},
): readonly [string, string] {
  return core.formatPair(first, second, unit, { compact: options.compact === true, locale: currentLocale() });
}

/**
 * Values shown together (a table column: readings and plan) with one precision, so that no two
 * different values print alike; `–` for a missing one.
 */
export function formatValues(
  values: readonly (number | null)[],
  unit: string,
  options: { compact?: boolean } = {},
): string[] {
  return core.formatValues(values, unit, { compact: options.compact === true, locale: currentLocale() });
}

/**
 * A gap in the reader's terms from the KPI's direction: `7 % short`, `45 % above plan (worse)`,
 * `12 % below plan (better)`, `7 points short` (percent KPIs), `on plan`. `against: 'target'`
 * words it against the target.
 */
export function gapText(
  actual: number,
  reference: number,
  kpi: Pick<KpiJson, 'unit' | 'direction'>,
  options: { against?: 'plan' | 'target' } = {},
): string {
  return gapPhrase(actual, reference, kpi.unit, kpi.direction, { ...options, locale: currentLocale() });
}

/**
 * A signed change in a unit: `+2.1`, `+$1,200`, `−0.6 points` (a percent KPI changes by
 * percentage points); no sign when it rounds to zero.
 */
export function formatChange(value: number | null, unit: string): string {
  return formatValueChange(value, unit, { locale: currentLocale() });
}

/** A threshold: `5 %` (of plan) or an amount in the unit (`$1,200`). */
export function formatThreshold(amount: AmountJson, unit: string): string {
  return formatAmount(amount, unit, { locale: currentLocale() });
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

/**
 * A signed percent of a fraction: `+4.2 %`, `−7 %` (a real minus sign), `0 %` when it rounds to
 * zero; at most `digits` decimals.
 */
export function formatPercent(fraction: number | null, digits = 1): string {
  return formatSignedPercent(fraction, { digits, locale: currentLocale() });
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

/** Cadences where seasonality is possible (SPEC §3.1). */
const SEASONAL_CADENCES: ReadonlySet<Cadence> = new Set(['weekly', 'monthly', 'quarterly']);

/**
 * A p- or q-value for people, with its sign: `= 0.0031`, `= 0.2`, `< 0.001` (two significant
 * digits). A q just below 0.1 reads `< 0.1`, never `= 0.1`, as it is flagged.
 */
function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  const text = Number(p.toPrecision(2));
  return p < TREND_FDR && text >= TREND_FDR ? '< 0.1' : `= ${text}`;
}

/**
 * Trend arrow and words with their meaning for this KPI: ↑ is "worsening" for a down KPI.
 * "Significant" only when the Benjamini–Hochberg q across the organisation is below 0.1 (SPEC
 * §3.1); the words say when the seasonal test was used (the page says what it compared), and when
 * seasonality could not be ruled out (a weekly, monthly or quarterly KPI with less than two years
 * of history). The arrow never contradicts the words: it points up or down only when the words
 * claim a significant trend, and is `→` beside "flat" or "no significant trend".
 */
export function trendText(kpi: Pick<KpiJson, 'trend' | 'unit' | 'cadence'>): {
  arrow: string;
  words: string;
} {
  const { slope, p, q, direction, seasonal } = kpi.trend;
  if (slope === null) return { arrow: '→', words: 'not enough readings for a trend' };
  // A signed rate with a real minus sign: `+2.1 per week`, `−0.6 points per week`.
  const per = `${formatChange(slope, kpi.unit)} per ${PERIOD_NOUN[kpi.cadence]}`;
  const basis = seasonal
    ? '; seasonal test'
    : SEASONAL_CADENCES.has(kpi.cadence) && p !== null
      ? '; seasonality could not be ruled out (less than two years of history)'
      : '';
  const stats = p === null ? '' : q === null ? `p ${formatP(p)}` : `p ${formatP(p)}, q ${formatP(q)}`;
  const significant = q !== null && q < TREND_FDR;
  const arrow = significant && slope > 0 ? '↑' : significant && slope < 0 ? '↓' : '→';
  let words: string;
  if (p === null) words = 'flat';
  else if (significant && direction !== 'flat')
    words = `${direction}, significant (${per}, ${stats}${basis})`;
  else if (significant) words = `changing, significant (${per}, ${stats}${basis})`;
  else words = `no significant trend (${per}, ${stats}${basis})`;
  return { arrow, words };
}

/**
 * "3 trends flagged among 12 KPIs tested, about 0.4 expected by chance" for a page's KPIs (SPEC
 * §3.1). Flagged: q < 0.1 across the organisation's active KPIs. Expected by chance: the active
 * KPIs tested here × the organisation's Benjamini–Hochberg threshold (the largest p flagged) —
 * how many KPIs with no trend at all would pass that threshold, since a trend-free KPI's p falls
 * below t with probability t. Over the whole organisation it is at most 0.1 × the flagged count.
 */
export function trendsFlagged(
  scope: readonly Pick<KpiJson, 'lifecycle' | 'trend'>[],
  threshold: number | null,
): { flagged: number; tested: number; expected: number; text: string } {
  const tested = scope.filter(
    (k) => k.lifecycle === 'active' && k.trend.q !== null && k.trend.p !== null,
  );
  const flagged = tested.filter((k) => k.trend.q! < TREND_FDR).length;
  const expected = tested.length * (threshold ?? 0);
  const among = `among ${tested.length} KPI${tested.length === 1 ? '' : 's'} tested`;
  const about = roughNumber(expected, currentLocale());
  const text =
    flagged === 0
      ? `No trend flagged ${among}`
      : `${flagged} trend${flagged === 1 ? '' : 's'} flagged ${among}, about ${about} expected by chance`;
  return { flagged, tested: tested.length, expected, text };
}

/**
 * The gap of a KPI's latest reading to its plan in words (`7 % short`, `45 % above plan (worse)`,
 * `7 points short`, `on plan`); null without a reading or a plan.
 */
export function kpiGapText(kpi: Pick<KpiJson, 'latest' | 'planned' | 'unit' | 'direction'>): string | null {
  if (kpi.latest === null || kpi.planned === null) return null;
  return gapText(kpi.latest.value, kpi.planned, kpi);
}

/**
 * The latest reading against plan in one line, for a verdict or a scorecard card: "291 vs 201
 * planned, 45 % above plan (worse)" (compact, one precision); null without a reading or a plan.
 */
export function kpiComparison(
  kpi: Pick<KpiJson, 'latest' | 'planned' | 'unit' | 'direction'>,
): string | null {
  if (kpi.latest === null || kpi.planned === null) return null;
  const [latest, planned] = formatPair(kpi.latest.value, kpi.planned, kpi.unit, { compact: true });
  return `${latest} vs ${planned} planned, ${kpiGapText(kpi)}`;
}

/**
 * The verdict sentence: "At risk: 182 vs 196 planned, 7 % short", "Off track: 291 vs 201
 * planned, 45 % above plan (worse)", compact and with a shared precision. Stale data says so
 * first: a stale KPI must never look on track. A retired KPI is retired, never stale or judged.
 */
export function verdict(kpi: KpiJson): string {
  if (kpi.lifecycle === 'retired') {
    const when = kpi.retired === null ? '' : ` on ${formatDate(kpi.retired.date)}`;
    const last =
      kpi.latest === null
        ? ''
        : `; last reading ${formatValue(kpi.latest.value, kpi.unit, { compact: true })} (${formatPeriodLabel(kpi.latest.period)})`;
    return `Retired${when}${last}`;
  }
  const s = STATUS_TEXT[kpi.status].word;
  let text: string;
  if (kpi.latest === null) text = 'No data: no readings yet';
  else if (kpi.planned === null) {
    const latest = formatValue(kpi.latest.value, kpi.unit, { compact: true });
    text = `${s}: ${latest}${kpi.target === null ? ', no target set' : `, plan starts ${formatDate(kpi.baseline?.date ?? kpi.target.date)}`}`;
  } else text = `${s}: ${kpiComparison(kpi)}`;
  if (kpi.stale) text = `Stale — ${text}`;
  return text;
}

/** "last reading 3 weeks ago" from overdue periods; null when fresh or retired. */
export function staleText(
  kpi: Pick<KpiJson, 'stale' | 'overdue' | 'cadence' | 'latest'> & { lifecycle?: KpiJson['lifecycle'] },
): string | null {
  if (!kpi.stale || kpi.overdue === null || kpi.latest === null || kpi.lifecycle === 'retired')
    return null;
  const noun = PERIOD_NOUN[kpi.cadence];
  return `Stale: last reading ${formatPeriodLabel(kpi.latest.period)}, ${kpi.overdue} ${noun}${kpi.overdue === 1 ? '' : 's'} overdue`;
}

/** Units whose values cannot fall below zero: a forecast or band below it is written as 0. */
const NON_NEGATIVE_UNITS: ReadonlySet<string> = new Set([
  'count',
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'mm',
  'ppm',
]);

/**
 * The forecast in words: "Forecast 386, 80 % band 301 to 452", with one precision for the
 * forecast, its band and the target; "Forecast 0 (the trend line falls below zero), 80 % band 0
 * to 40" for a count the trend line takes negative; ", no 80 % band yet (fewer than 9
 * backtests)". Null without a forecast or a target.
 */
export function forecastText(kpi: Pick<KpiJson, 'forecast' | 'target' | 'unit'>): string | null {
  const f = kpi.forecast;
  if (f === null || kpi.target === null) return null;
  const floor = (v: number | null) =>
    v !== null && v < 0 && NON_NEGATIVE_UNITS.has(kpi.unit) ? 0 : v;
  const [value, low, high] = formatValues([floor(f.value), floor(f.low), floor(f.high), kpi.target.value], kpi.unit);
  const below = floor(f.value) !== f.value ? ' (the trend line falls below zero)' : '';
  const band =
    f.low !== null && f.high !== null
      ? `, 80 % band ${low} to ${high}`
      : ', no 80 % band yet (fewer than 9 backtests)';
  return `Forecast ${value}${below}${band}`;
}

/** The text alternative of a KPI chart: "Qualified leads, weekly, 2023–2026: rising from 120 to 182; plan 196; at risk". */
export function chartSummary(kpi: KpiJson, first: { date: string; value: number } | null): string {
  if (kpi.latest === null || first === null) return `${kpi.name}, ${kpi.cadence}: no readings yet.`;
  const years = `${first.date.slice(0, 4)}–${kpi.latest.date.slice(0, 4)}`;
  const [from, to, planned] = formatValues([first.value, kpi.latest.value, kpi.planned], kpi.unit);
  const move =
    kpi.latest.value > first.value
      ? 'rising'
      : kpi.latest.value < first.value
        ? 'falling'
        : 'level';
  const plan = kpi.planned === null ? 'no plan' : `plan ${planned}`;
  const state = kpi.lifecycle === 'retired' ? 'retired' : `${STATUS_TEXT[kpi.status].word.toLowerCase()}${kpi.stale ? ', stale' : ''}`;
  return `${kpi.name}, ${kpi.cadence}, ${years}: ${move} from ${from} to ${to}; ${plan}; ${state}.`;
}
