import type { ModelJson } from '../model/model.ts';
import type { EntityChange, EntityKind } from './model-diff.ts';

/** A team, objective or goal of a model, by kind, with its display name. */
export interface Entity {
  readonly kind: EntityKind;
  readonly id: string;
  readonly name: string;
  readonly score: number;
  /** The fields its file declares, each as JSON; computed ones (status, score) are left out. */
  readonly declared: Readonly<Record<string, string>>;
}

/** Every team, objective and goal of a model, in that order, each by id. */
export function entitiesOf(model: ModelJson): Entity[] {
  return [
    ...model.teams.map((t) => ({
      kind: 'team' as const,
      id: t.id,
      name: t.name,
      score: t.score,
      declared: asJson({
        name: t.name,
        level: t.level,
        parent: t.parent,
        lead: t.lead,
        github: t.github,
      }),
    })),
    ...model.objectives.map((o) => ({
      kind: 'objective' as const,
      id: o.id,
      name: o.title,
      score: o.score,
      declared: asJson({
        title: o.title,
        description: o.description,
        perspective: o.perspective,
        goals: o.goals,
        drives: o.drives,
        owner: o.owner,
      }),
    })),
    ...model.goals.map((g) => ({
      kind: 'goal' as const,
      id: g.id,
      name: g.title,
      score: g.score,
      declared: asJson({
        title: g.title,
        statement: g.statement,
        owner: g.owner,
        deadline: g.deadline,
        priority: g.priority,
        kpis: g.kpis,
      }),
    })),
  ];
}

function asJson(fields: Readonly<Record<string, string | number | null | readonly string[]>>) {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** The map key of an entity: ids are unique within a kind only. */
export function entityKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

/** Teams, objectives and goals added, removed, or with a declared field changed. */
export function diffEntities(before: ModelJson, after: ModelJson): EntityChange[] {
  const old = new Map(entitiesOf(before).map((e) => [entityKey(e.kind, e.id), e]));
  const out: EntityChange[] = [];
  for (const e of entitiesOf(after)) {
    const b = old.get(entityKey(e.kind, e.id));
    old.delete(entityKey(e.kind, e.id));
    if (b === undefined) {
      out.push({ kind: e.kind, id: e.id, name: e.name, change: 'added', fields: [] });
      continue;
    }
    const fields = Object.keys(e.declared).filter((f) => e.declared[f] !== b.declared[f]);
    if (fields.length > 0)
      out.push({ kind: e.kind, id: e.id, name: e.name, change: 'changed', fields });
  }
  for (const b of old.values())
    out.push({ kind: b.kind, id: b.id, name: b.name, change: 'removed', fields: [] });
  const rank = { team: 0, objective: 1, goal: 2 };
  return out.sort(
    (a, b) => rank[a.kind] - rank[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
