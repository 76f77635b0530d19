/**
 * What a KPI's unit says about how its numbers are written (SPEC §2 `unit`): a currency
 * (`currency:USD`), percentage points (`percent`), a bare number (`count`, `score`, `ratio`, or no
 * unit), or any other text written after the number — which may already carry a scale word
 * (`thousand jobs`, `USD million`, `k`), so that its numbers are never compacted a second time.
 */
export type UnitKind =
  | { readonly kind: 'currency'; readonly code: string }
  | { readonly kind: 'percent' }
  | { readonly kind: 'bare' }
  | { readonly kind: 'suffix'; readonly label: string; readonly scaled: boolean };

/** Units written as the bare number. */
const BARE_UNITS: ReadonlySet<string> = new Set(['', 'count', 'score', 'ratio']);

/**
 * Words that already scale a number, matched as whole words of the unit: `thousand jobs`,
 * `jobs (thousands)`, `USD bn`, `'000s`, `k`. Upper-case `M` and `B` only, since `m` is metres.
 */
const SCALE_WORDS: ReadonlySet<string> = new Set([
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'hundred',
  'hundreds',
  'k',
  'bn',
  'mn',
  'mln',
  'mio',
  'mrd',
  'tsd',
  '000',
  '000s',
  'lakh',
  'lakhs',
  'crore',
  'crores',
]);
const CASED_SCALE_WORDS: ReadonlySet<string> = new Set(['M', 'B', 'MM']);

/** The ISO 4217 code of a `currency:XXX` unit (upper-cased), or null for any other unit. */
export function currencyOf(unit: string): string | null {
  const code = /^currency:([A-Za-z]{3})$/.exec(unit)?.[1];
  return code === undefined ? null : code.toUpperCase();
}

/** True when a unit carries a scale word of its own (`thousand jobs`, `USD m`… see above). */
export function hasScaleWord(unit: string): boolean {
  return unit
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => SCALE_WORDS.has(word.toLowerCase()) || CASED_SCALE_WORDS.has(word));
}

/** How numbers in this unit are written. */
export function unitKind(unit: string): UnitKind {
  const code = currencyOf(unit);
  if (code !== null) return { kind: 'currency', code };
  if (unit === 'percent') return { kind: 'percent' };
  if (BARE_UNITS.has(unit)) return { kind: 'bare' };
  return { kind: 'suffix', label: unit, scaled: hasScaleWord(unit) };
}
