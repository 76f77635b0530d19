/**
 * One number in the locale's digits, with a real minus sign (U+2212), and the value the text
 * shows (what a reader would read back), so that callers can check what rounding hid.
 */

/** How a number is rounded: fraction digits (at the compact scale when `compact`), or significant. */
export type Rounding =
  | {
      readonly compact: boolean;
      readonly min: number;
      readonly max: number;
    }
  | { readonly significant: number };

/** The number's text and the value it shows. */
export interface NumberText {
  readonly text: string;
  readonly shown: number;
  /** Fraction digits written (`59.4M` has 1). */
  readonly decimals: number;
  /**
   * Equal for two numbers of one locale, currency and notation exactly when their texts are:
   * cheaper to compare (the text of a plain format is only written when it is read).
   */
  readonly key: string;
}

/** How numberText writes with one rounding in one locale and currency. */
interface Format {
  readonly intl: Intl.NumberFormat;
  /**
   * True when the format is not compact and writes the digits 0–9 and a minus sign that is `-`
   * or `−`: then its `format()` (six times faster than `formatToParts()`) gives the same text, and
   * the digits it shows are those of `toFixed` / `toPrecision` (fastNumberText).
   */
  readonly plain: boolean;
}

const formats = new Map<string, Format>();

/** A cached format: building an Intl.NumberFormat costs far more than using it. */
function numberFormat(locale: string, currency: string | null, r: Rounding): Format {
  const digits = 'significant' in r ? `s${r.significant}` : `${r.compact} ${r.min} ${r.max}`;
  const key = `${locale} ${currency ?? ''} ${digits}`;
  let f = formats.get(key);
  if (f === undefined) {
    const intl = new Intl.NumberFormat(locale, {
      ...(currency === null ? {} : { style: 'currency', currency }),
      ...('significant' in r
        ? { maximumSignificantDigits: r.significant }
        : {
            notation: r.compact ? 'compact' : 'standard',
            minimumFractionDigits: r.min,
            maximumFractionDigits: r.max,
          }),
      // No sign on a value that rounds to zero: never "-0".
      signDisplay: 'negative',
    });
    const plain =
      !('compact' in r && r.compact) &&
      intl.formatToParts(-1234567.891).every((p) => {
        if (p.type === 'minusSign') return p.value === '-' || p.value === '−';
        if (p.type === 'integer' || p.type === 'fraction') return /^[0-9]+$/.test(p.value);
        return true;
      });
    f = { intl, plain };
    formats.set(key, f);
  }
  return f;
}

/**
 * The value a formatted number shows: its digits times the compact scale (`59.4M` → 59,400,000).
 * The scale is the power of ten that brings the digits nearest the value, which holds for every
 * locale's compact words (K, M, Mio., 万). NaN when the locale writes other digits than 0–9.
 */
function shownValue(parts: readonly Intl.NumberFormatPart[], value: number): number {
  let digits = '';
  for (const p of parts) {
    if (p.type === 'integer') digits += p.value;
    else if (p.type === 'fraction') digits += `.${p.value}`;
  }
  const m = Number(digits);
  if (!Number.isFinite(m) || m === 0) return Number.isFinite(m) ? 0 : Number.NaN;
  const compact = parts.some((p) => p.type === 'compact');
  const scale = compact ? 10 ** Math.round(Math.log10(Math.abs(value) / m)) : 1;
  return Math.sign(value) * m * scale;
}

interface NumberTextOptions {
  readonly locale: string;
  readonly currency: string | null;
}

/** `1,234.5`, `$59.4M`, `−3,154` (a real minus sign, whatever the locale's own sign). */
export function numberText(
  value: number,
  rounding: Rounding,
  options: NumberTextOptions,
): NumberText {
  const format = numberFormat(options.locale, options.currency, rounding);
  return (
    (format.plain ? fastNumberText(value, rounding, format.intl) : null) ??
    byParts(value, format.intl)
  );
}

/**
 * numberText read off the parts Intl writes: the way for compact numbers and for locales with
 * their own digits or minus sign, and the reference the fast way is tested against.
 */
export function numberTextByParts(
  value: number,
  rounding: Rounding,
  options: NumberTextOptions,
): NumberText {
  return byParts(value, numberFormat(options.locale, options.currency, rounding).intl);
}

function byParts(value: number, intl: Intl.NumberFormat): NumberText {
  const parts = intl.formatToParts(value);
  const text = parts
    .map((p) => (p.type === 'minusSign' ? '−' : p.value))
    .join('')
    // Some locales put the sign in a literal (bidi marks, "-$"): a hyphen-minus is never a number's.
    .replace(/-/g, '−');
  const decimals = parts.find((p) => p.type === 'fraction')?.value.length ?? 0;
  return { text, shown: shownValue(parts, value), decimals, key: text };
}

/**
 * numberText of a plain format without its parts. Intl rounds the shortest decimal that reads
 * back as the double (`String(x)`: 1.005 is "1.005", so it shows 1.01), half away from zero;
 * roundDecimal does the same to that text, then the trailing zeros Intl leaves out go (down to the
 * minimum fraction digits). Null from 1e21 up, and for significant digits (rare: byParts).
 */
function fastNumberText(
  value: number,
  rounding: Rounding,
  intl: Intl.NumberFormat,
): NumberText | null {
  if ('significant' in rounding) return null;
  const abs = Math.abs(value);
  // From 1e21 up, String writes an exponent (and Intl many digits): byParts, whose texts could
  // not equal any text of a smaller number anyway.
  if (!(abs < 1e21)) return null;
  const digits = roundDecimal(plainDecimal(abs), rounding.max);
  const point = digits.indexOf('.');
  const fraction = point < 0 ? '' : digits.slice(point + 1);
  // Intl leaves out trailing zeros down to the minimum, and pads with zeros up to it.
  let decimals = fraction.length;
  while (decimals > rounding.min && fraction[decimals - 1] === '0') decimals--;
  decimals = Math.max(decimals, rounding.min);
  const m = Number(digits);
  const shown = m === 0 ? 0 : Math.sign(value) * m;
  const whole = point < 0 ? digits : digits.slice(0, point);
  const written =
    decimals === 0 ? whole : `${whole}.${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
  return new PlainText(value, intl, shown, decimals, `${shown < 0 ? '-' : ''}${written}`);
}

/** A plain format's number, its text written when first read. */
class PlainText implements NumberText {
  readonly shown: number;
  readonly decimals: number;
  readonly key: string;
  readonly #value: number;
  readonly #intl: Intl.NumberFormat;
  #text: string | null = null;

  constructor(
    value: number,
    intl: Intl.NumberFormat,
    shown: number,
    decimals: number,
    key: string,
  ) {
    this.#value = value;
    this.#intl = intl;
    this.shown = shown;
    this.decimals = decimals;
    this.key = key;
  }

  get text(): string {
    this.#text ??= this.#intl.format(this.#value).replace(/-/g, '−');
    return this.#text;
  }
}

/** The shortest decimal text of a double below 1e21, without an exponent (5e-7 → "0.0000005"). */
function plainDecimal(abs: number): string {
  const shortest = String(abs);
  const e = shortest.indexOf('e-');
  if (e < 0) return shortest;
  const digits = shortest.slice(0, e).replace('.', '');
  return `0.${'0'.repeat(Number(shortest.slice(e + 2)) - 1)}${digits}`;
}

/** A plain decimal text (`123.456`) rounded half up to at most `max` fraction digits. */
export function roundDecimal(text: string, max: number): string {
  const point = text.indexOf('.');
  if (point < 0 || text.length - point - 1 <= max) return text;
  const kept = text.slice(0, max === 0 ? point : point + 1 + max);
  if (text[point + 1 + max]! < '5') return kept;
  const out = kept.split('');
  let i = out.length - 1;
  for (; i >= 0; i--) {
    if (out[i] === '.') continue;
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      break;
    }
    out[i] = '0';
  }
  return (i < 0 ? '1' : '') + out.join('');
}
