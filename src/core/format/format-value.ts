/**
 * Values in a KPI's unit, the one number format of the site, the charts and the diff comment:
 *
 *   value → unit kind (currency / percent / bare / suffix, scaled or not)
 *         → rounding (compact from 10,000 up unless the unit has a scale word; digits by size)
 *         → shared precision for values shown together (never two different values alike)
 *         → text with the unit and a real minus sign.
 *
 * Values equal to 12 significant digits count as equal (the model rounds aggregates there), so
 * float noise such as 196.00000000000003 never widens a number.
 */
import { numberText, plainDecimal, type NumberText, type Rounding } from './number-text.ts';
import { unitKind, type UnitKind } from './unit-kind.ts';

/** How to write values: `compact` allows `$59.4M` (ignored for units with a scale word). */
export interface FormatOptions {
  readonly compact?: boolean;
  /** A BCP 47 tag; `en-US` by default. */
  readonly locale?: string;
}

/** Compact notation starts here (`10,000` → `10K`). */
const COMPACT_FROM = 10_000;
/** Digits tried at the compact scale before falling back to the full number. */
const MAX_COMPACT_DIGITS = 3;
/** Intl's limit on fraction digits is 100; 20 already separates every double above 1e-4. */
const MAX_FRACTION_DIGITS = 20;
/** Round-trips every double. */
const ROUND_TRIP_DIGITS = 17;

/** Duration words written singular after exactly 1 (`1 day`, never `1 days`). */
const SINGULAR: Readonly<Record<string, string>> = {
  seconds: 'second',
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
};

/** Equal to 12 significant digits: what the model treats as the same value. */
export function sameValue(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(12)) === Number(b.toPrecision(12));
}

/** The fraction digits a value gets alone: `$1,235`, `$12.35`, `1,235`, `12.3`, `0.041`. */
function ownRounding(value: number, kind: UnitKind, compact: boolean): Rounding {
  const abs = Math.abs(value);
  if (compact && abs >= COMPACT_FROM) return { compact: true, min: 0, max: 1 };
  if (kind.kind === 'currency') return abs >= 100 ? fraction(0, 0) : fraction(2, 2);
  return fraction(0, abs >= 100 ? 0 : abs >= 1 ? 1 : 3);
}

function fraction(min: number, max: number): Rounding {
  return { compact: false, min, max };
}

function canCompact(kind: UnitKind, options: FormatOptions): boolean {
  return (
    options.compact === true && kind.kind !== 'percent' && !(kind.kind === 'suffix' && kind.scaled)
  );
}

/** The number with its unit: `$1.2M`, `12.5 %`, `1,234`, `3.2 days`, `143,100 thousand jobs`. */
function withUnit(n: NumberText, kind: UnitKind): string {
  switch (kind.kind) {
    case 'currency':
    case 'bare':
      return n.text;
    case 'percent':
      return `${n.text} %`;
    case 'suffix':
      return `${n.text} ${n.text === '1' ? (SINGULAR[kind.label] ?? kind.label) : kind.label}`;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function textOf(
  value: number,
  kind: UnitKind,
  rounding: Rounding,
  locale: string,
  /** plainDecimal(|value|), when known. */
  decimal?: string,
): NumberText {
  // -0 reads as 0.
  return numberText(
    value === 0 ? 0 : value,
    rounding,
    { locale, currency: kind.kind === 'currency' ? kind.code : null },
    decimal,
  );
}

/**
 * `Number(value.toPrecision(12))` (see sameValue), and plainDecimal of its size, written into
 * `decimals[i]` (from 1e21 up: none). A value whose shortest text has at most 12 significant
 * digits is its own 12-digit value, which saves most values the costly toPrecision.
 */
function twelveDigits(value: number, decimals: (string | undefined)[], i: number): number {
  const abs = Math.abs(value);
  if (!(abs < 1e21)) return Number(value.toPrecision(12));
  const decimal = plainDecimal(abs);
  if (decimal.length <= 12 || significantDigits(decimal) <= 12) {
    decimals[i] = decimal;
    return value === 0 ? 0 : value;
  }
  const rounded = Number(value.toPrecision(12));
  if (Math.abs(rounded) < 1e21) decimals[i] = plainDecimal(Math.abs(rounded));
  return rounded;
}

/** The significant digits of a plain decimal text (`0.00120` → 3, `1200` → 4). */
function significantDigits(decimal: string): number {
  let n = 0;
  let started = false;
  for (let i = 0; i < decimal.length; i++) {
    const c = decimal.charCodeAt(i);
    if (c === 46 /* . */ || (!started && c === 48) /* leading 0 */) continue;
    started = true;
    n++;
  }
  return n;
}

/**
 * A value in a KPI's unit: `$1,235`, `$59.4M` (compact), `12.5 %` (percentage points), `1,234`,
 * `3.2 days`, `143,100 thousand jobs` (never `143.1K thousand jobs`), `−3,154`; `–` when missing.
 */
export function formatValue(
  value: number | null,
  unit: string,
  options: FormatOptions = {},
): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const kind = unitKind(unit);
  const locale = options.locale ?? 'en-US';
  return withUnit(
    textOf(value, kind, ownRounding(value, kind, canCompact(kind, options)), locale),
    kind,
  );
}

/** The roundings to try for values shown together, one per value, from the shortest. */
function* candidateRoundings(
  values: readonly number[],
  kind: UnitKind,
  compact: boolean,
): Generator<readonly Rounding[]> {
  const each = (r: Rounding) => values.map(() => r);
  if (compact && values.every((v) => Math.abs(v) >= COMPACT_FROM))
    for (let d = 1; d <= MAX_COMPACT_DIGITS; d++)
      yield each({ compact: true, min: d > 1 ? d : 0, max: d });
  const own = values.map(
    (v) => ownRounding(v, kind, false) as Rounding & { min: number; max: number },
  );
  const base = Math.max(...own.map((r) => r.max));
  yield own.map((r) => fraction(r.min, base));
  // Digits raised beyond the values' own are written in full on each (`4.60 vs 4.64`).
  for (let d = base + 1; d <= MAX_FRACTION_DIGITS; d++) yield each(fraction(d, d));
  yield each({ significant: ROUND_TRIP_DIGITS });
}

/**
 * The texts of values with a rounding each, or null as soon as two values that differ (`values`
 * are compared as they are: sharedNumbers made equal values identical) would print alike, or a
 * pair would not show its difference within half of itself (`150.5 vs 149.4`, not `151 vs 149`).
 * Written in the values' order, so a rounding that fails usually fails after a few values.
 */
function separated(
  values: readonly number[],
  order: readonly number[],
  write: (i: number) => NumberText,
): NumberText[] | null {
  const texts: NumberText[] = new Array<NumberText>(values.length);
  for (let k = 0; k < order.length; k++) {
    const b = order[k]!;
    texts[b] = write(b);
    if (k === 0) continue;
    const a = order[k - 1]!;
    if (values[a] !== values[b] && texts[a]!.key === texts[b]!.key) return null;
  }
  if (values.length === 2 && values[0] !== values[1]) {
    const diff = values[0]! - values[1]!;
    const shownDiff = texts[0]!.shown - texts[1]!.shown;
    if (Number.isFinite(shownDiff) && Math.abs(shownDiff - diff) > 0.5 * Math.abs(diff))
      return null;
  }
  return texts;
}

/**
 * Values shown together, rounded alike (see formatValues): their numbers without the unit, and
 * the most fraction digits used (at the compact scale when compact).
 */
export function sharedNumbers(
  values: readonly number[],
  unit: string,
  options: FormatOptions = {},
): { readonly texts: readonly NumberText[]; readonly fractionDigits: number } {
  const kind = unitKind(unit);
  const locale = options.locale ?? 'en-US';
  // Values equal to 12 significant digits are one value (sameValue): written from that value, they
  // print alike even where more digits show (999,999,999,999,950.9 and …950.4).
  // (So `sameValue` is `===` here.)
  const decimals: (string | undefined)[] = new Array<string | undefined>(values.length);
  values = values.map((v, i) => twelveDigits(v, decimals, i));
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  let texts: NumberText[] | null = null;
  let roundings: readonly Rounding[] = [];
  for (roundings of candidateRoundings(values, kind, canCompact(kind, options))) {
    const r = roundings;
    texts = separated(values, order, (i) => textOf(values[i]!, kind, r[i]!, locale, decimals[i]));
    if (texts !== null) break;
  }
  // The last candidate (17 significant digits) keeps every two doubles apart; were it not to,
  // its texts are still the most faithful there are.
  texts ??= values.map((v, i) => textOf(v, kind, roundings[i]!, locale, decimals[i]));
  // Values compared show as many decimals each (`80.0 % vs 80.7 %`, `$150.00 vs $9.17`): padding
  // with zeros changes no value shown, so the texts stay apart.
  const places = Math.max(...texts.map((t) => t.decimals));
  if (places > 0) {
    const found = texts;
    texts = values.map((v, i) => {
      const r = roundings[i]!;
      return 'max' in r && r.min < places
        ? textOf(v, kind, { ...r, min: places }, locale, decimals[i])
        : found[i]!;
    });
  }
  const fractionDigits = Math.max(...roundings.map((r) => ('max' in r ? r.max : 0)));
  return { texts, fractionDigits };
}

/**
 * Values shown together (a table column, a before → after) with one precision, chosen so that
 * values that differ never print the same: `4.60`, `4.64`. Missing values are `–`.
 */
export function formatValues(
  values: readonly (number | null)[],
  unit: string,
  options: FormatOptions = {},
): string[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return values.map(() => '–');
  const kind = unitKind(unit);
  const { texts } = sharedNumbers(finite, unit, options);
  let i = 0;
  return values.map((v) => (v !== null && Number.isFinite(v) ? withUnit(texts[i++]!, kind) : '–'));
}

/**
 * Two values compared (actual and planned, before and after) with a shared precision: never the
 * same text for different values, never more digits than that needs — `$59.4M` and `$59.5M`,
 * `4.60` and `4.64`, `4.04 hours` and `4.00 hours`.
 */
export function formatPair(
  first: number,
  second: number,
  unit: string,
  options: FormatOptions = {},
): readonly [string, string] {
  const [a, b] = formatValues([first, second], unit, options);
  return [a!, b!];
}
