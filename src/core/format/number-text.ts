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
  /**
   * A plain format's text written from its digits (`-1234.5` → `−1,234.5`) without Intl, when the
   * locale's signs, separators and grouping were learnt from Intl and checked against it at every
   * length of number (learnWriter); else null, and Intl writes it.
   */
  readonly writer: ((digits: string) => string) | null;
}

/** Formats by locale, then currency (`''` for none), then rounding (roundingCode). */
const formats = new Map<string, Map<string, Map<number, Format>>>();

/** A number per rounding, for the format cache (fraction digits are at most 100). */
function roundingCode(r: Rounding): number {
  return 'significant' in r ? -r.significant : (r.compact ? 1 << 16 : 0) + r.min * 256 + r.max;
}

/** A cached format: building an Intl.NumberFormat costs far more than using it. */
function numberFormat(locale: string, currency: string | null, r: Rounding): Format {
  let byCurrency = formats.get(locale);
  if (byCurrency === undefined) formats.set(locale, (byCurrency = new Map()));
  let byRounding = byCurrency.get(currency ?? '');
  if (byRounding === undefined) byCurrency.set(currency ?? '', (byRounding = new Map()));
  const code = roundingCode(r);
  let f = byRounding.get(code);
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
    f = { intl, plain, writer: plain && 'max' in r ? learnWriter(intl, r) : null };
    byRounding.set(code, f);
  }
  return f;
}

/** Intl's text with a real minus sign, as the fast way writes it. */
const intlText = (intl: Intl.NumberFormat, value: number) => intl.format(value).replace(/-/g, '−');

/**
 * A writer of a plain format's texts: the signs and symbols around the number (`−$`, ` €`), the
 * group and decimal separators and the grouping (3, or 3 then 2 as in `12,34,567`) read off the
 * parts Intl writes, then checked: the writer must give Intl's text at every length of the whole
 * part (1 to 21 digits), either sign, with and without a fraction. Null when it does not.
 */
function learnWriter(
  intl: Intl.NumberFormat,
  r: Extract<Rounding, { readonly max: number }>,
): ((digits: string) => string) | null {
  const around = (value: number) => {
    const parts = intl.formatToParts(value);
    const first = parts.findIndex((p) => p.type === 'integer');
    let last = parts.length - 1;
    while (last >= 0 && parts[last]!.type !== 'integer' && parts[last]!.type !== 'fraction') last--;
    return {
      parts,
      before: partsText(parts.slice(0, first)),
      after: partsText(parts.slice(last + 1)),
    };
  };
  const positive = around(123456789012.5);
  const negative = around(-123456789012.5);
  const group = positive.parts.find((p) => p.type === 'group')?.value ?? null;
  const decimal = around(0.5).parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const chunks = positive.parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = chunks.at(-1)!;
  const secondary = chunks.length > 2 ? chunks.at(-2)! : primary;
  const grouped = (whole: string, minimum: number) => {
    if (group === null || whole.length < primary + minimum) return whole;
    let out = whole.slice(-primary);
    let i = whole.length - primary;
    for (; i > secondary; i -= secondary) out = `${whole.slice(i - secondary, i)}${group}${out}`;
    return `${whole.slice(0, i)}${group}${out}`;
  };
  const writerFor =
    (minimum: number) =>
    (digits: string): string => {
      const negativeSign = digits.charCodeAt(0) === 45; // '-'
      const body = negativeSign ? digits.slice(1) : digits;
      const point = body.indexOf('.');
      const whole = grouped(point < 0 ? body : body.slice(0, point), minimum);
      const number = point < 0 ? whole : `${whole}${decimal}${body.slice(point + 1)}`;
      const signs = negativeSign ? negative : positive;
      return `${signs.before}${number}${signs.after}`;
    };
  const probes: number[] = [0];
  for (let n = 1; n <= 21; n++) {
    const whole = 10 ** (n - 1) * (n % 9 === 0 ? 9 : 1) + (n <= 15 ? 7 : 0);
    probes.push(whole, -whole);
    if (n <= 12 && r.max > 0) probes.push(whole + 0.25, -whole - 0.25);
  }
  // Some locales group only from five digits (`1234`, `12 345`).
  for (const minimum of [1, 2]) {
    const write = writerFor(minimum);
    const agrees = probes.every((v) => {
      const n = fastNumberText(v, r, intl, write);
      return n === null || write(n.key) === intlText(intl, v);
    });
    if (agrees) return write;
  }
  return null;
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
  /** plainDecimal(|value|), when the caller has it already. */
  decimal?: string,
): NumberText {
  const format = numberFormat(options.locale, options.currency, rounding);
  return (
    (format.plain ? fastNumberText(value, rounding, format.intl, format.writer, decimal) : null) ??
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
  const text = partsText(parts);
  const decimals = parts.find((p) => p.type === 'fraction')?.value.length ?? 0;
  return { text, shown: shownValue(parts, value), decimals, key: text };
}

/** Intl's parts as one text, with a real minus sign. */
function partsText(parts: readonly Intl.NumberFormatPart[]): string {
  return (
    parts
      .map((p) => (p.type === 'minusSign' ? '−' : p.value))
      .join('')
      // Some locales put the sign in a literal (bidi marks, "-$"): a hyphen-minus is never a number's.
      .replace(/-/g, '−')
  );
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
  writer: ((digits: string) => string) | null,
  decimal?: string,
): NumberText | null {
  if ('significant' in rounding) return null;
  const abs = Math.abs(value);
  // From 1e21 up, String writes an exponent (and Intl many digits): byParts, whose texts could
  // not equal any text of a smaller number anyway.
  if (!(abs < 1e21)) return null;
  const digits = roundDecimal(decimal ?? plainDecimal(abs), rounding.max);
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
  return new PlainText(value, intl, writer, shown, decimals, `${shown < 0 ? '-' : ''}${written}`);
}

/** A plain format's number, its text written when first read. */
class PlainText implements NumberText {
  readonly shown: number;
  readonly decimals: number;
  readonly key: string;
  readonly #value: number;
  readonly #intl: Intl.NumberFormat;
  readonly #writer: ((digits: string) => string) | null;
  #text: string | null = null;

  constructor(
    value: number,
    intl: Intl.NumberFormat,
    writer: ((digits: string) => string) | null,
    shown: number,
    decimals: number,
    key: string,
  ) {
    this.#value = value;
    this.#intl = intl;
    this.#writer = writer;
    this.shown = shown;
    this.decimals = decimals;
    this.key = key;
  }

  get text(): string {
    this.#text ??=
      this.#writer === null ? intlText(this.#intl, this.#value) : this.#writer(this.key);
    return this.#text;
  }
}

/** The shortest decimal text of a double below 1e21, without an exponent (5e-7 → "0.0000005"). */
export function plainDecimal(abs: number): string {
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
