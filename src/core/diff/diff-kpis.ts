import type { KpiJson, ModelJson } from '../model/model.ts';
import { diffKpiFields } from './diff-kpi-fields.ts';
import type { KpiChange, KpiDiff, KpiRef } from './model-diff.ts';

/** What each side's load left out: files with an error that stopped them loading. */
export interface KpiDiffContext {
  readonly unloadedBefore: ReadonlySet<string>;
  readonly unloadedAfter: ReadonlySet<string>;
  /** Whether alignment scores are comparable (both strategies loaded). */
  readonly withAlignment: boolean;
}

/**
 * Compares the KPIs of two models. A KPI on one side only is `added` or `removed` — unless its
 * file failed to load on the other side, in which case it is `broken` (loads no more) or
 * `repaired` (did not load at the base), since what changed in it cannot be known.
 */
export function diffKpis(before: ModelJson, after: ModelJson, context: KpiDiffContext): KpiDiff {
  const old = new Map(before.kpis.map((k) => [k.id, k]));
  const now = new Map(after.kpis.map((k) => [k.id, k]));
  const added: KpiRef[] = [];
  const removed: KpiRef[] = [];
  const retired: KpiRef[] = [];
  const activated: KpiRef[] = [];
  const broken: KpiRef[] = [];
  const repaired: KpiRef[] = [];
  const changed: KpiChange[] = [];
  for (const k of after.kpis) {
    const b = old.get(k.id);
    if (b === undefined) {
      (context.unloadedBefore.has(k.file) ? repaired : added).push(ref(k));
      continue;
    }
    if (k.lifecycle !== b.lifecycle && k.lifecycle === 'retired') retired.push(ref(k));
    if (k.lifecycle !== b.lifecycle && k.lifecycle === 'active') activated.push(ref(k));
    // Becoming retired or active is listed on its own; other lifecycle moves stay a change.
    const changes = diffKpiFields(b, k, context.withAlignment).filter(
      (c) => !(c.field === 'lifecycle' && c.after !== 'proposed'),
    );
    if (changes.length > 0) changed.push({ ...ref(k), unit: k.unit, changes });
  }
  for (const k of before.kpis) {
    if (now.has(k.id)) continue;
    (context.unloadedAfter.has(k.file) ? broken : removed).push(ref(k));
  }
  return {
    added: byId(added),
    removed: byId(removed),
    retired: byId(retired),
    activated: byId(activated),
    broken: byId(broken),
    repaired: byId(repaired),
    changed: byId(changed),
  };
}

/** The ids of every KPI a diff mentions. */
export function touchedKpiIds(diff: KpiDiff): Set<string> {
  return new Set(
    [
      diff.added,
      diff.removed,
      diff.retired,
      diff.activated,
      diff.broken,
      diff.repaired,
      diff.changed,
    ].flatMap((list) => list.map((k) => k.id)),
  );
}

function ref(k: KpiJson): KpiRef {
  return { id: k.id, name: k.name, team: k.team };
}

function byId<T extends { id: string }>(list: T[]): T[] {
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
