import { site } from './plan.ts';

/** A URL under the base path: url('kpis', 'x') → `/repo/kpis/x/`. Ids are kebab-case already. */
export function url(...parts: string[]): string {
  const path = parts.map((p) => encodeURIComponent(p)).join('/');
  return `${site().base}${path}${path === '' || /\.[a-z]+$/.test(path) ? '' : '/'}`;
}

type Kind = 'kpis' | 'goals' | 'objectives' | 'teams';

/** Display name of an id of any kind, for links; the id itself when unknown. */
export function nameOf(kind: Kind, id: string): string {
  return site().names[kind][id] ?? id;
}
