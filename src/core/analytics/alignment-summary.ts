/**
 * Roll-ups of the alignment page over the JSON model: how many active KPIs pass each check, and
 * the cascade (each KPI under the KPI it supports, three levels deep). Pure.
 */
import type { KpiJson } from '../model/model.ts';
import { ALIGNMENT_CHECKS, type AlignmentCheckId } from './alignment.ts';

/** Each check with how many of the active KPIs pass it. */
export function checkPassCounts(
  active: readonly Pick<KpiJson, 'alignment'>[],
): { id: AlignmentCheckId; label: string; points: number; explain: string; passed: number }[] {
  return (Object.keys(ALIGNMENT_CHECKS) as AlignmentCheckId[]).map((id) => ({
    id,
    ...ALIGNMENT_CHECKS[id],
    passed: active.filter((k) => k.alignment.checks.some((c) => c.id === id && c.passed)).length,
  }));
}

/** A KPI of the cascade and the KPIs supporting it. */
export interface CascadeNode {
  readonly id: string;
  readonly children: readonly CascadeNode[];
}

/**
 * The cascade of the active KPIs: the roots are the KPIs supporting no other that are level 1 or
 * have supporters; under each, its supporters, down to `depth` levels in all.
 */
export function cascadeTree(
  active: readonly Pick<KpiJson, 'id' | 'level' | 'links'>[],
  depth = 3,
): CascadeNode[] {
  const supporters = new Map<string, string[]>();
  for (const k of active)
    for (const l of k.links)
      if (l.type === 'supports') supporters.set(l.to, [...(supporters.get(l.to) ?? []), k.id]);
  const node = (id: string, level: number): CascadeNode => ({
    id,
    children: level >= depth ? [] : (supporters.get(id) ?? []).map((c) => node(c, level + 1)),
  });
  return active
    .filter((k) => !k.links.some((l) => l.type === 'supports'))
    .filter((k) => k.level === 1 || supporters.has(k.id))
    .map((k) => node(k.id, 1));
}
