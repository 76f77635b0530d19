/**
 * The gap between a value and its plan (or target) in the reader's terms, from the KPI's
 * direction: `7 % short`, `45 % above plan (worse)`, `12 % below plan (better)`, `7 points short`
 * (a percent KPI's gap is in percentage points), `on plan`. Never a sign to decode.
 */
import { sameValue, sharedNumbers, type FormatOptions } from './format-value.ts';
import { numberText } from './number-text.ts';
import { roughNumber } from './signed.ts';
import { unitKind } from './unit-kind.ts';

/** The KPI's direction (SPEC §2): which way is better. */
export type Direction = 'up' | 'down' | 'target';

/** What the value is compared with. */
export interface GapOptions extends FormatOptions {
  /** `plan` (default) or `target`: the word the phrase uses. */
  readonly against?: 'plan' | 'target';
}

/**
 * The size of the gap: a percent of the reference (`7 %`), percentage points for a percent KPI
 * (`7 points`), or the amount in the unit when the reference is 0 (`$1,200`).
 */
function gapSize(actual: number, reference: number, unit: string, options: GapOptions): string {
  const locale = options.locale ?? 'en-US';
  const kind = unitKind(unit);
  const diff = Math.abs(actual - reference);
  if (kind.kind === 'percent' || reference === 0) {
    // The digits the pair is written with, raised until the gap is not zero.
    const digits = sharedNumbers([actual, reference], unit, { locale }).fractionDigits;
    let text = '';
    for (let d = digits; d <= 20; d++) {
      text = numberText(
        diff,
        { compact: false, min: 0, max: d },
        { locale, currency: kind.kind === 'currency' ? kind.code : null },
      ).text;
      if (/[1-9]/.test(text)) break;
    }
    if (kind.kind === 'percent') return `${text} ${text === '1' ? 'point' : 'points'}`;
    if (kind.kind === 'suffix') return `${text} ${kind.label}`;
    return text;
  }
  return `${roughNumber((diff / Math.abs(reference)) * 100, locale)} %`;
}

/**
 * `7 % short`, `4 % above plan`, `45 % above plan (worse)`, `12 % below plan (better)`,
 * `3 % above plan (worse)` for a KPI aimed at a value, `on plan` when equal (to 12 digits).
 */
export function gapPhrase(
  actual: number,
  reference: number,
  unit: string,
  direction: Direction,
  options: GapOptions = {},
): string {
  const against = options.against ?? 'plan';
  if (sameValue(actual, reference)) return `on ${against}`;
  const size = gapSize(actual, reference, unit, options);
  const above = actual > reference;
  switch (direction) {
    case 'up':
      return above
        ? `${size} above ${against}`
        : against === 'plan'
          ? `${size} short`
          : `${size} short of target`;
    case 'down':
      return above ? `${size} above ${against} (worse)` : `${size} below ${against} (better)`;
    case 'target':
      return `${size} ${above ? 'above' : 'below'} ${against} (worse)`;
    default: {
      const never: never = direction;
      return never;
    }
  }
}
