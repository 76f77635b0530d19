/**
 * The search index's records: one per KPI, goal, objective and team, made of what people search
 * by (names, descriptions, formulas, owners, teams) rather than of the pages' text, so readings
 * that change every day never change the index and an unchanged index is reused. (No Pagefind
 * filters: Pagefind 1.5 writes filter files in a different order from run to run.) Pure.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { ModelJson } from '../core/model/model.ts';
import { namesOf } from './entity-names.ts';

/** A Pagefind custom record. */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: 'en';
  readonly meta: { readonly title: string };
}

/** The records of a model, for a site under `base` (`/` or `/repo/`). */
export function searchRecords(model: ModelJson, base: string): SearchRecord[] {
  const names = namesOf(model);
  const record = (
    section: string,
    id: string,
    title: string,
    type: string,
    parts: readonly (string | null | undefined | false)[],
  ): SearchRecord => ({
    url: `${base}${section}/${encodeURIComponent(id)}/`,
    // Sentences, so the excerpt under a result reads as text.
    content: [title, ...parts, type]
      .filter((p) => typeof p === 'string' && p.trim() !== '')
      .map((p) => (p as string).trim().replace(/[.:;,]+$/, ''))
      .join('. '),
    language: 'en',
    meta: { title },
  });
  const plain = (markdown: string | null) =>
    markdown === null ? null : toString(fromMarkdown(markdown));
  const titles = (ids: readonly string[], of: Readonly<Record<string, string>>) =>
    ids.map((id) => of[id] ?? id).join(', ');
  const team = (id: string) => names.teams[id] ?? id;
  return [
    ...model.kpis.map((k) =>
      record('kpis', k.id, k.name, 'KPI', [
        plain(k.description),
        k.formula !== null && `Formula: ${k.formula}`,
        k.unit !== '' && `Unit: ${k.unit}`,
        `Team: ${[k.team, ...k.sharedWith].map(team).join(', ')}`,
        k.owner !== null && `Owner: ${k.owner}`,
        k.objectives.length > 0 && `Objectives: ${titles(k.objectives, names.objectives)}`,
        `${k.cadence}, ${k.kind}, ${k.lifecycle}`,
      ]),
    ),
    ...model.goals.map((g) =>
      record('goals', g.id, g.title, 'Goal', [
        g.statement,
        g.owner !== null && `Owner: ${g.owner}`,
        g.objectives.length > 0 && `Objectives: ${titles(g.objectives, names.objectives)}`,
      ]),
    ),
    ...model.objectives.map((o) =>
      record('objectives', o.id, o.title, 'Objective', [
        plain(o.description),
        `${o.perspective.replace('-', ' ')} perspective`,
        o.owner !== null && `Owner: ${o.owner}`,
        o.goals.length > 0 && `Goals: ${titles(o.goals, names.goals)}`,
      ]),
    ),
    ...model.teams.map((t) =>
      record('teams', t.id, t.name, 'Team', [
        `Level ${t.level} (${t.levelName})`,
        t.lead !== null && `Led by ${t.lead}`,
        t.parent !== null && `Part of ${team(t.parent)}`,
      ]),
    ),
  ];
}
