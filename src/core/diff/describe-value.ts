/**
 * Values of a diff in words, shared by the verdict and the markdown report. Plain text: the
 * markdown formatter escapes what comes from the files.
 */
import { formatUnitValue } from '../../charts/format-unit-value.ts';
import type { AmountJson, DatedValueJson, PeriodValueJson } from '../model/model.ts';
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
 * A number in a KPI's unit as the site writes it (one formatter for both): `58`, `12.5 %`,
 * `$150,000`, `1,234`, `3 days` — in full, never compact, since a report compares exact values.
 */
export function formatValue(value: number, unit: string): string {
  return formatUnitValue(value, unit, { compact: false });
}

/** `58 by 2026-12-28`. */
export function describeTarget(target: DatedValueJson, unit: string): string {
  return `${formatValue(target.value, unit)} by ${target.date}`;
}

/** `2026-03: 120`. */
export function describeLatest(latest: PeriodValueJson, unit: string): string {
  return `${latest.period}: ${formatValue(latest.value, unit)}`;
}

/** `warning 5 %, critical 10 %` (of plan), or amounts in the unit. */
export function describeThresholds(t: Thresholds, unit: string): string {
  const amount = (a: AmountJson) =>
    a.kind === 'percent'
      ? `${Number((a.value * 100).toPrecision(6))} %`
      : formatValue(a.value, unit);
  return `warning ${amount(t.warning)}, critical ${amount(t.critical)}`;
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
