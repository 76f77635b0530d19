/**
 * The shortest plain decimal text that reads back to the same double: JavaScript's shortest
 * round-trip digits, written without an exponent (1e21 → 1000000000000000000000, 1e-7 →
 * 0.0000001) because a readings CSV is read by people and spreadsheets too. -0 is written 0.
 * The caller passes finite numbers only.
 */
export function formatNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // Position of the decimal point within `digits` once the exponent is applied.
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}
