import { targetOutlook } from '../analytics/forecast-words.ts';
import type { KpiJson } from '../model/model.ts';
import type { KpiFieldChange, LinkDefinition, TriggerDefinition } from './model-diff.ts';

/**
 * What changed about a KPI present on both sides, in a fixed order: owner, team, objectives,
 * target, thresholds, links, triggers, lifecycle, status, latest reading, the outlook of the
 * forecast, alignment score
 * (`withAlignment` false leaves the score out, when the strategy cannot be compared).
 */
export function diffKpiFields(
  before: KpiJson,
  after: KpiJson,
  withAlignment: boolean,
): KpiFieldChange[] {
  const out: KpiFieldChange[] = [];
  // Fields compared whole: each change carries the field's value on both sides.
  const compare = (...fields: PlainField[]) => {
    for (const field of fields)
      if (!same(before[field], after[field]))
        out.push({ field, before: before[field], after: after[field] } as KpiFieldChange);
  };
  compare('owner', 'team', 'objectives', 'target', 'thresholds');
  for (const [b, a] of pair(
    before.links.map(linkDefinition),
    after.links.map(linkDefinition),
    (l) => `${l.type} ${l.to}`,
  ))
    out.push({ field: 'link', before: b, after: a });
  for (const [b, a] of pair(triggers(before), triggers(after), (t) => t.when))
    out.push({ field: 'trigger', before: b, after: a });
  compare('lifecycle', 'status', 'latest');
  // The probability moves with every reading: only a new outlook is worth a line in a PR.
  const outlook = (k: KpiJson) =>
    k.forecast === null ? null : targetOutlook(k.forecast.probability);
  if (outlook(before) !== outlook(after))
    out.push({
      field: 'forecast',
      before: before.forecast?.probability ?? null,
      after: after.forecast?.probability ?? null,
    });
  if (withAlignment && before.alignment.score !== after.alignment.score) {
    const passed = (k: KpiJson) =>
      new Set(k.alignment.checks.filter((c) => c.passed).map((c) => c.label));
    const was = passed(before);
    const is = passed(after);
    out.push({
      field: 'alignment',
      before: before.alignment.score,
      after: after.alignment.score,
      gained: [...is].filter((l) => !was.has(l)),
      lost: [...was].filter((l) => !is.has(l)),
    });
  }
  return out;
}

/** The changes whose before and after are the KPI's own field of that name. */
type PlainField = Exclude<
  Extract<KpiFieldChange['field'], keyof KpiJson>,
  'alignment' | 'forecast'
>;

function linkDefinition(l: KpiJson['links'][number]): LinkDefinition {
  return {
    type: l.type,
    to: l.to,
    // A supports link has no lag (the model writes 0); a detected lag is evidence, not declared.
    lag: l.type === 'drives' && !l.lagDetected ? l.lag : null,
    weight: l.weight,
    effect: l.effect,
  };
}

// A trigger's owner falls back to the KPI owner: count it only when set on the trigger, so a new
// KPI owner does not show as a change to every trigger.
function triggers(k: KpiJson): TriggerDefinition[] {
  return k.triggerDefinitions.map((t) => ({
    when: t.when,
    action: t.action,
    owner: t.owner === k.owner ? null : t.owner,
  }));
}

/**
 * Pairs old and new items: identical ones drop out, then the rest are paired by key (a changed
 * item), and what is left was removed ([item, null]) or added ([null, item]).
 */
function pair<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): [T | null, T | null][] {
  const left = [...before];
  const right: T[] = [];
  for (const item of after) {
    const i = left.findIndex((b) => same(b, item));
    if (i >= 0) left.splice(i, 1);
    else right.push(item);
  }
  const out: [T | null, T | null][] = [];
  for (const item of right) {
    const i = left.findIndex((b) => key(b) === key(item));
    out.push([i >= 0 ? left.splice(i, 1)[0]! : null, item]);
  }
  for (const item of left) out.push([item, null]);
  return out;
}

// The values compared are plain JSON built in a fixed key order by buildModel.
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
