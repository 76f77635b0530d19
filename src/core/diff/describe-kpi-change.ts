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

/** A KPI change in words: what changed, and `old → new` (`—` for nothing). Plain text. */
export function describeKpiChange(
  change: KpiFieldChange,
  unit: string,
): { what: string; text: string } {
  const arrow = (before: string | null, after: string | null) =>
    `${before ?? '—'} → ${after ?? '—'}`;
  const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
  switch (change.field) {
    case 'owner':
      return { what: 'owner', text: arrow(change.before ?? 'none', change.after ?? 'none') };
    case 'team':
      return { what: 'team', text: arrow(change.before, change.after) };
    case 'objectives':
      return { what: 'objectives', text: arrow(list(change.before), list(change.after)) };
    case 'target': {
      const [b, a] = formatChangeValues(
        change.before?.value ?? null,
        change.after?.value ?? null,
        unit,
      );
      const t = (v: typeof change.before, text: string | null) =>
        v === null ? 'none' : describeTarget(v, unit, text ?? undefined);
      return { what: 'target', text: arrow(t(change.before, b), t(change.after, a)) };
    }
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
    case 'latest': {
      const [b, a] = formatChangeValues(
        change.before?.value ?? null,
        change.after?.value ?? null,
        unit,
      );
      const l = (v: typeof change.before, text: string | null) =>
        v === null ? 'none' : describeLatest(v, unit, text ?? undefined);
      return { what: 'latest reading', text: arrow(l(change.before, b), l(change.after, a)) };
    }
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
