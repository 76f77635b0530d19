import type { ModelJson } from '../../core/model/model.ts';
import { siteData } from '../../build/site-data.ts';

/** A URL under the base path: url('kpis', 'x') → `/repo/kpis/x/`. Ids are kebab-case already. */
export function url(...parts: string[]): string {
  const path = parts.map((p) => encodeURIComponent(p)).join('/');
  return `${siteData().base}${path}${path === '' || /\.[a-z]+$/.test(path) ? '' : '/'}`;
}

type Kind = 'kpis' | 'goals' | 'objectives' | 'teams';
let names: { model: ModelJson; byKind: Record<Kind, Map<string, string>> } | null = null;

/** Display name of an id of any kind, for links; the id itself when unknown. */
export function nameOf(kind: Kind, id: string): string {
  const model = siteData().model;
  if (names === null || names.model !== model) {
    names = {
      model,
      byKind: {
        kpis: new Map(model.kpis.map((k) => [k.id, k.name])),
        goals: new Map(model.goals.map((g) => [g.id, g.title])),
        objectives: new Map(model.objectives.map((o) => [o.id, o.title])),
        teams: new Map(model.teams.map((t) => [t.id, t.name])),
      },
    };
  }
  return names.byKind[kind].get(id) ?? id;
}
