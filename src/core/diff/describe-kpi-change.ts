import { forecastWords } from '../analytics/forecast-words.ts';
import {
  describeLatest,
  describeLink,
  describeTarget,
  describeThresholds,
  describeTrigger,
  formatChangeValues,
  formatDelta,
} from './describe-value.ts';
import type { KpiFieldChange } from './model-diff.ts';

/** `old → new`, `—` for nothing. */
function arrow(before: string | null, after: string | null): string {
  return `${before ?? '—'} → ${after ?? '—'}`;
}

/**
 * A value that changed (a target, the latest reading) as `old → new`, `none` for a missing side,
 * the two numbers written with one precision so that they never read alike.
 */
function valueChange<T extends { readonly value: number }>(
  before: T | null,
  after: T | null,
  unit: string,
  describe: (v: T, unit: string, text: string) => string,
): string {
  const [b, a] = formatChangeValues(before?.value ?? null, after?.value ?? null, unit);
  return arrow(
    before === null ? 'none' : describe(before, unit, b!),
    after === null ? 'none' : describe(after, unit, a!),
  );
}

/** A KPI change in words: what changed, and `old → new` (`—` for nothing). Plain text. */
export function describeKpiChange(
  change: KpiFieldChange,
  unit: string,
): { what: string; text: string } {
  const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
  switch (change.field) {
    case 'owner':
      return { what: 'owner', text: arrow(change.before ?? 'none', change.after ?? 'none') };
    case 'team':
      return { what: 'team', text: arrow(change.before, change.after) };
    case 'objectives':
      return { what: 'objectives', text: arrow(list(change.before), list(change.after)) };
    case 'target':
      return {
        what: 'target',
        text: valueChange(change.before, change.after, unit, describeTarget),
      };
    case 'thresholds':
      return {
        what: 'thresholds',
        text: arrow(
          describeThresholds(change.before, unit),
          describeThresholds(change.after, unit),
        ),
      };
    case 'link':
      return {
        what:
          change.before === null ? 'link added' : change.after === null ? 'link removed' : 'link',
        text: arrow(
          change.before && describeLink(change.before),
          change.after && describeLink(change.after),
        ),
      };
    case 'trigger':
      return {
        what:
          change.before === null
            ? 'trigger added'
            : change.after === null
              ? 'trigger removed'
              : 'trigger',
        text: arrow(
          change.before && describeTrigger(change.before),
          change.after && describeTrigger(change.after),
        ),
      };
    case 'lifecycle':
      return { what: 'lifecycle', text: arrow(change.before, change.after) };
    case 'status':
      return { what: 'status', text: arrow(change.before, change.after) };
    case 'latest':
      return {
        what: 'latest reading',
        text: valueChange(change.before, change.after, unit, describeLatest),
      };
    case 'forecast': {
      const f = (p: number | null) => (p === null ? 'no forecast' : forecastWords(p));
      return {
        what: 'chance of meeting the target',
        text: arrow(f(change.before), f(change.after)),
      };
    }
    case 'alignment': {
      const why = [
        ...change.gained.map((label) => `+ ${label}`),
        ...change.lost.map((label) => `− ${label}`),
      ];
      return {
        what: 'alignment',
        text: `${arrow(String(change.before), String(change.after))} (${formatDelta(change.before, change.after)}${why.length > 0 ? `: ${why.join('; ')}` : ''})`,
      };
    }
    default: {
      const never: never = change;
      return never;
    }
  }
}
