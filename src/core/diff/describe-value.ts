/**
 * Values of a diff in words, shared by the verdict and the markdown report. Plain text: the
 * markdown formatter escapes what comes from the files.
 */
import { formatAmount } from '../format/format-amount.ts';
import { formatValue, formatValues } from '../format/format-value.ts';
import type { DatedValueJson, PeriodValueJson } from '../model/model.ts';
import type { LinkDefinition, Thresholds, TriggerDefinition } from './model-diff.ts';

/** A score as the report writes it: at most one decimal (`94`, `95.5`). */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/** The change between two scores as written: `+2`, `−1.5`, `±0`. */
export function formatDelta(before: number, after: number): string {
  const delta = Math.round(after * 10) / 10 - Math.round(before * 10) / 10;
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `−${-rounded}`;
}

/**
 * Two values of a change (before → after) in a KPI's unit as the site writes them — the core's
 * one number format (`$1,200`, `12.5 %`, `3 days`), in full (never compact: a report compares
 * exact values), with one precision so that a change never reads `4.6 → 4.6`. Null stays null.
 */
export function formatChangeValues(
  before: number | null,
  after: number | null,
  unit: string,
): readonly [string | null, string | null] {
  const [b, a] = formatValues([before, after], unit);
  return [before === null ? null : b!, after === null ? null : a!];
}

/** `58 by 2026-12-28`; `value` is the number already written (see formatChangeValues). */
export function describeTarget(
  target: DatedValueJson,
  unit: string,
  value = formatValue(target.value, unit),
): string {
  return `${value} by ${target.date}`;
}

/** `2026-03: 120`; `value` is the number already written (see formatChangeValues). */
export function describeLatest(
  latest: PeriodValueJson,
  unit: string,
  value = formatValue(latest.value, unit),
): string {
  return `${latest.period}: ${value}`;
}

/** `warning 5 %, critical 10 %` (of plan), or amounts in the unit. */
export function describeThresholds(t: Thresholds, unit: string): string {
  return `warning ${formatAmount(t.warning, unit)}, critical ${formatAmount(t.critical, unit)}`;
}

/** `drives b2b-bookings (lag 1, inverse)`, `supports revenue (weight 0.6)`. */
export function describeLink(l: LinkDefinition): string {
  const details = [
    l.lag === null ? null : `lag ${l.lag}`,
    l.weight === null ? null : `weight ${l.weight}`,
    l.effect === 'inverse' ? 'inverse' : null,
  ].filter((d) => d !== null);
  return `${l.type} ${l.to}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** `below 30 for 3 months in a row: Review lead sources (owner Lee Wong)`. */
export function describeTrigger(t: TriggerDefinition): string {
  return `${t.when}: ${t.action}${t.owner === null ? '' : ` (owner ${t.owner})`}`;
}
