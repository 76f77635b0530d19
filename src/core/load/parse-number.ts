/**
 * Reads a reading's value from `text[start, end)` without slicing it in the common case: a plain
 * decimal number — optional sign, digits with an optional fraction (`131`, `-4.5`, `.5`, `2.`),
 * optional exponent (`1.2e6`) — with blanks around it. With `decimalComma` (files separated by
 * `;`, as European spreadsheets save them) a comma may stand for the point: `131,5`.
 *
 * Returns NaN for anything else — `NaN`, `Infinity`, units, thousands separators, a number too
 * large for a double — so the caller can report it; the caller handles the empty cell itself.
 */
export function parseNumber(
  text: string,
  start: number,
  end: number,
  decimalComma: boolean,
): number {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  let p = start;
  let c = p < end ? text.charCodeAt(p) : 0;
  const negative = c === MINUS;
  if (negative || c === PLUS) p++;
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let d: number;
  while (p < end && (d = text.charCodeAt(p) - ZERO) >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    digits++;
    p++;
  }
  if (p < end && ((c = text.charCodeAt(p)) === DOT || (decimalComma && c === COMMA))) {
    p++;
    while (p < end && (d = text.charCodeAt(p) - ZERO) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      fraction++;
      p++;
    }
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (p < end && ((c = text.charCodeAt(p)) === LOWER_E || c === UPPER_E)) {
    p++;
    c = p < end ? text.charCodeAt(p) : 0;
    const negativeExponent = c === MINUS;
    if (negativeExponent || c === PLUS) p++;
    let exponentDigits = 0;
    while (p < end && (d = text.charCodeAt(p) - ZERO) >= 0 && d <= 9) {
      if (exponent < 100_000) exponent = exponent * 10 + d;
      exponentDigits++;
      p++;
    }
    if (exponentDigits === 0) return NaN;
    if (negativeExponent) exponent = -exponent;
  }
  if (p !== end) return NaN;
  // Clinger's fast path: an integer below 10^15 (exact in a double) times or divided by an exact
  // power of ten is one correctly rounded operation, so it equals what Number() would give.
  const scale = exponent - fraction;
  if (digits <= 15 && scale >= -22 && scale <= 22) {
    const magnitude = scale >= 0 ? mantissa * POW10[scale]! : mantissa / POW10[-scale]!;
    return negative ? -magnitude : magnitude;
  }
  const slow = Number(
    decimalComma ? text.slice(start, end).replace(',', '.') : text.slice(start, end),
  );
  return Number.isFinite(slow) ? slow : NaN;
}

const ZERO = 48;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COMMA = 44;
const LOWER_E = 101;
const UPPER_E = 69;

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
