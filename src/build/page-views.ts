/**
 * What one page of a dynamic route may read: the site's data cut down to the entities the page
 * shows (its own, and the KPIs, objectives or teams it lists), plus every name for links. A page
 * renders from its view alone, so the view's hash is the page's cache key (Astro's incremental
 * build reuses the page while the key is unchanged). A view that left out something its page
 * reads shows as a missing link or row, never as a stale page: the site test compares a build
 * from views with a build from the whole data. Pure.
 */
import type { AlertJson, KpiJson, ModelJson } from '../core/model/model.ts';
import type { SiteData } from './site-data.ts';

/** The dynamic routes: one page per entity. */
export type PageKind = 'kpis' | 'goals' | 'objectives' | 'teams';

/** The view of the page of `kind`/`id`, or null when there is no such entity. */
export function pageView(data: SiteData, kind: PageKind, id: string): SiteData | null {
  const m = data.model;
  switch (kind) {
    case 'kpis': {
      const kpi = kpisOf(m, [id])[0];
      if (kpi === undefined) return null;
      const impact = kpi.impact === null ? [] : kpisOf(m, [kpi.impact.to]);
      return cut(data, {
        kpis: [kpi, ...impact.filter((k) => k.id !== kpi.id)],
        // The entries deciding about it, with only those decisions (the page lists them).
        journal: m.journal
          .filter((j) => j.decisions.some((d) => d.kpi === id))
          .map((j) => ({
            ...j,
            attendees: [],
            notes: null,
            decisions: j.decisions.filter((d) => d.kpi === id),
            actions: [],
          })),
        charts: [
          kpiCharts(id),
          kpi.links.flatMap((l) => [`leadlag/${id}/${l.to}`, `leadlag-narrow/${id}/${l.to}`]),
        ].flat(),
        tables: [id],
        explorable: [id],
      });
    }
    case 'goals': {
      const goal = m.goals.find((g) => g.id === id);
      if (goal === undefined) return null;
      const reaching = m.kpis.filter(
        (k) => k.lineOfSight !== null && k.lineOfSight[k.lineOfSight.length - 1] === id,
      );
      const headline = kpisOf(m, goal.kpis);
      const kpis = [...headline, ...reaching.filter((k) => !goal.kpis.includes(k.id))];
      return cut(data, {
        kpis: kpis.map((k) => listed(k, false)),
        goals: [goal],
        objectives: m.objectives.filter((o) => goal.objectives.includes(o.id)),
        charts: headline.flatMap((k) => kpiCharts(k.id)),
        sparklines: kpis.map((k) => k.id),
      });
    }
    case 'objectives': {
      const objective = m.objectives.find((o) => o.id === id);
      if (objective === undefined) return null;
      const kpis = kpisOf(m, objective.kpis);
      return cut(data, {
        kpis: kpis.map((k) => listed(k, true)),
        objectives: [objective],
        sparklines: kpis.map((k) => k.id),
      });
    }
    case 'teams': {
      const team = m.teams.find((t) => t.id === id);
      if (team === undefined) return null;
      const chain = [];
      for (let p = team.parent; p !== null && chain.length < 5;) {
        const parent = m.teams.find((t) => t.id === p);
        if (parent === undefined) break;
        chain.push(parent);
        p = parent.parent;
      }
      const kpis = kpisOf(m, [...team.kpis, ...team.shared]);
      return cut(data, {
        kpis: kpis.map((k) => listed(k, false)),
        teams: [team, ...chain],
        alerts: m.alerts.filter((a) => team.kpis.includes(a.kpi)),
        sparklines: kpis.map((k) => k.id),
      });
    }
  }
}

interface Cut {
  readonly kpis?: readonly KpiJson[];
  readonly goals?: ModelJson['goals'];
  readonly objectives?: ModelJson['objectives'];
  readonly teams?: ModelJson['teams'];
  readonly alerts?: readonly AlertJson[];
  readonly journal?: ModelJson['journal'];
  readonly charts?: readonly string[];
  readonly tables?: readonly string[];
  readonly sparklines?: readonly string[];
  readonly explorable?: readonly string[];
}

/** The data with only the given entities; the model's scalars and every name stay. */
function cut(data: SiteData, keep: Cut): SiteData {
  const m = data.model;
  const pick = <T>(all: Readonly<Record<string, T>>, ids: readonly string[] = []) =>
    Object.fromEntries(ids.filter((id) => all[id] !== undefined).map((id) => [id, all[id]!]));
  return {
    ...data,
    model: {
      ...m,
      kpis: keep.kpis ?? [],
      goals: keep.goals ?? [],
      objectives: keep.objectives ?? [],
      teams: keep.teams ?? [],
      findings: [],
      alerts: keep.alerts ?? [],
      noise: [],
      journal: keep.journal ?? [],
    },
    charts: pick(data.charts, keep.charts),
    sparklines: pick(data.sparklines, keep.sparklines),
    tables: pick(data.tables, keep.tables),
    explorable: data.explorable.filter((id) => keep.explorable?.includes(id) === true),
    strategyMap: '',
  };
}

/**
 * A KPI as a list shows it (a row of a KPI table, a line of sight, an alert, a link between two
 * listed KPIs): without what only its own page shows — its impact on the enterprise, alignment
 * checks, links from other KPIs, and (unless kept) its links — which change with other KPIs'
 * readings and would otherwise rebuild every list it is in.
 */
function listed(k: KpiJson, links: boolean): KpiJson {
  return {
    ...k,
    impact: null,
    alignment: { ...k.alignment, checks: [] },
    linkedFrom: [],
    links: links ? k.links : [],
  };
}

const kpiCharts = (id: string) => [`kpi/${id}`, `kpi-narrow/${id}`];

const kpiIndex = new WeakMap<ModelJson, Map<string, KpiJson>>();

/** The KPIs of `ids`, in that order, skipping unknown ids. */
function kpisOf(m: ModelJson, ids: readonly string[]): KpiJson[] {
  let byId = kpiIndex.get(m);
  if (byId === undefined) kpiIndex.set(m, (byId = new Map(m.kpis.map((k) => [k.id, k]))));
  return ids.map((id) => byId.get(id)).filter((k) => k !== undefined);
}
