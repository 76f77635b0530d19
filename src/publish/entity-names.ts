import type { ModelJson } from '../core/model/model.ts';
import type { Names } from './site-plan.ts';

/** The display names of a model's KPIs, goals, objectives and teams, by id (for links). */
export function namesOf(model: ModelJson): Names {
  return {
    kpis: Object.fromEntries(model.kpis.map((k) => [k.id, k.name])),
    goals: Object.fromEntries(model.goals.map((g) => [g.id, g.title])),
    objectives: Object.fromEntries(model.objectives.map((o) => [o.id, o.title])),
    teams: Object.fromEntries(model.teams.map((t) => [t.id, t.name])),
  };
}
