import type { ModelJson } from '../model/model.ts';
import { entitiesOf, entityKey, type Entity } from './diff-entities.ts';
import type { EntityChange, ScoreChange } from './model-diff.ts';

/**
 * Alignment scores before → after: the organisation first, then every touched team, objective and
 * goal (by kind, then id), and any other whose score moved. Touched means: it owns (team),
 * is measured by (objective) or is served by (goal, as a headline KPI, through an objective or on
 * the line of sight) a KPI the diff mentions, on either side, or it was itself added, removed or
 * redefined.
 */
export function diffScores(
  before: ModelJson,
  after: ModelJson,
  kpiIds: ReadonlySet<string>,
  entities: readonly EntityChange[],
): ScoreChange[] {
  const touched = new Set(entities.map((e) => entityKey(e.kind, e.id)));
  for (const model of [before, after]) touchedBy(model, kpiIds, touched);
  const old = new Map(entitiesOf(before).map((e) => [entityKey(e.kind, e.id), e]));
  const now = new Map(entitiesOf(after).map((e) => [entityKey(e.kind, e.id), e]));
  const rank = { team: 0, objective: 1, goal: 2 };
  const all = [...new Map([...old, ...now]).values()].sort(
    (a, b) => rank[a.kind] - rank[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const rows: ScoreChange[] = [
    {
      kind: 'organization',
      id: '',
      name: after.organization,
      before: before.score,
      after: after.score,
    },
  ];
  for (const e of all) {
    const key = entityKey(e.kind, e.id);
    const b = score(old.get(key));
    const a = score(now.get(key));
    if (touched.has(key) || b !== a)
      rows.push({ kind: e.kind, id: e.id, name: e.name, before: b, after: a });
  }
  return rows;
}

function score(e: Entity | undefined): number | null {
  return e === undefined ? null : e.score;
}

function touchedBy(model: ModelJson, kpiIds: ReadonlySet<string>, into: Set<string>): void {
  const objectives = new Set<string>();
  for (const k of model.kpis) {
    if (!kpiIds.has(k.id)) continue;
    into.add(entityKey('team', k.team));
    for (const o of k.objectives) objectives.add(o);
    (k.lineOfSight ?? []).forEach((id, i) => {
      if (k.lineOfSightKinds?.[i] === 'goal') into.add(entityKey('goal', id));
    });
  }
  for (const g of model.goals)
    if (g.kpis.some((id) => kpiIds.has(id))) into.add(entityKey('goal', g.id));
  for (const o of model.objectives) {
    if (!objectives.has(o.id)) continue;
    into.add(entityKey('objective', o.id));
    for (const g of o.goals) into.add(entityKey('goal', g));
  }
}
