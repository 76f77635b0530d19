/**
 * Numbers, dates and words for the pages: Intl.NumberFormat by unit (currency, percent, compact
 * for large counts), dates by cadence, status and trend in words. Pure; the same on every build.
 */
import type { Status } from '../../core/analytics/status.ts';
import { TREND_FDR } from '../../core/analytics/trend.ts';
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
 * of history).
 */
export function trendText(kpi: Pick<KpiJson, 'trend' | 'unit' | 'cadence'>): {
  arrow: string;
  words: string;
} {
  const { slope, p, q, direction, seasonal } = kpi.trend;
  if (slope === null) return { arrow: '→', words: 'not enough readings for a trend' };
  const arrow = slope > 0 ? '↑' : slope < 0 ? '↓' : '→';
  // A signed rate with a real minus sign: `+2.1 per week`, `−0.6 % per week`.
  const per =
    `${slope > 0 ? '+' : ''}${formatValue(slope, kpi.unit)} per ${PERIOD_NOUN[kpi.cadence]}`.replace(
      /^-/,
      '−',
    );
  const basis = seasonal
    ? '; seasonal test'
    : SEASONAL_CADENCES.has(kpi.cadence) && p !== null
      ? '; seasonality could not be ruled out (less than two years of history)'
      : '';
  const stats = p === null ? '' : q === null ? `p ${formatP(p)}` : `p ${formatP(p)}, q ${formatP(q)}`;
  const significant = q !== null && q < TREND_FDR;
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
  const about = expected < 9.95 ? expected.toFixed(1) : String(Math.round(expected));
  const text =
    flagged === 0
      ? `No trend flagged ${among}`
      : `${flagged} trend${flagged === 1 ? '' : 's'} flagged ${among}, about ${about} expected by chance`;
  return { flagged, tested: tested.length, expected, text };
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
