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
}

const formats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: building one costs far more than using it. */
function numberFormat(locale: string, currency: string | null, r: Rounding): Intl.NumberFormat {
  const key = `${locale} ${currency ?? ''} ${JSON.stringify(r)}`;
  let f = formats.get(key);
  if (f === undefined) {
    const digits: Intl.NumberFormatOptions =
      'significant' in r
        ? { maximumSignificantDigits: r.significant }
        : {
            notation: r.compact ? 'compact' : 'standard',
            minimumFractionDigits: r.min,
            maximumFractionDigits: r.max,
          };
    f = new Intl.NumberFormat(locale, {
      ...(currency === null ? {} : { style: 'currency', currency }),
      ...digits,
      // No sign on a value that rounds to zero: never "-0".
      signDisplay: 'negative',
    });
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

/** `1,234.5`, `$59.4M`, `−3,154` (a real minus sign, whatever the locale's own sign). */
export function numberText(
  value: number,
  rounding: Rounding,
  options: { readonly locale: string; readonly currency: string | null },
): NumberText {
  const parts = numberFormat(options.locale, options.currency, rounding).formatToParts(value);
  const text = parts
    .map((p) => (p.type === 'minusSign' ? '−' : p.value))
    .join('')
    // Some locales put the sign in a literal (bidi marks, "-$"): a hyphen-minus is never a number's.
    .replace(/-/g, '−');
  const decimals = parts.find((p) => p.type === 'fraction')?.value.length ?? 0;
  return { text, shown: shownValue(parts, value), decimals };
}
