/**
 * What `plumbline build` hands the Astro pages: the model and everything prepared ahead (chart
 * keys, sparklines, the strategy map, reading tables, names), and the SVG of a chart on demand.
 * Pages only read it; they compute nothing. A page of a dynamic route starts with `enterPage`,
 * which gives it (and the components it renders) its view (page-views.ts) when views are on.
 * Astro renders one page at a time (`build.concurrency` 1), so the view in force is the page's.
 */
import type { Repository } from '../core/alerts/issue-search.ts';
import { createHash } from 'node:crypto';
import type { MapListBand } from '../charts/strategy-map.ts';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type { ModelJson } from '../core/model/model.ts';
import { pageView, type PageKind } from './page-views.ts';
import type { PreparedSite } from './prepare-site.ts';

/** One row of a KPI's readings table: a period at the KPI's cadence. */
export interface TableRow {
  readonly period: string;
  readonly date: string;
  readonly value: number;
  readonly planned: number | null;
  readonly notes: readonly string[];
}

/** Everything the pages read. */
export interface SiteData {
  readonly model: ModelJson;
  /** The base path, always starting and ending with `/`. */
  readonly base: string;
  /**
   * The content key of each chart (`kpi/<id>`, `kpi-narrow/<id>`, `leadlag/<from>/<to>`): equal
   * keys, equal SVG. `chartSvg(key)` gives the SVG.
   */
  readonly charts: Readonly<Record<string, string>>;
  /** Sparkline SVGs by KPI id. */
  readonly sparklines: Readonly<Record<string, string>>;
  readonly strategyMap: string;
  /** The strategy map as a list: objectives by perspective with their causes and effects. */
  readonly strategyMapList: readonly MapListBand[];
  /** The most recent periods of each KPI, newest first, at most TABLE_ROWS. */
  readonly tables: Readonly<Record<string, readonly TableRow[]>>;
  /** KPI ids whose explorer spec was written to `data/charts/<id>.json`. */
  readonly explorable: readonly string[];
  /** Display names by id, of every KPI, goal, objective and team (for links). */
  readonly names: Names;
  /** File name of the vega-embed module the Explore island loads, under `_vendor/`. */
  readonly vegaEmbed: string;
  /** The GitHub repository whose alert issues the KPI pages link to, when known at build time. */
  readonly repository?: Repository;
  /** `plumbline dev` only: errors in the files, shown at the top of every page. */
  readonly errors?: readonly Diagnostic[];
}

/** Rows of readings shown on a KPI page; the CSV download has them all. */
export const TABLE_ROWS = 104;

/** Display names by kind and id. */
export interface Names {
  readonly kpis: Readonly<Record<string, string>>;
  readonly goals: Readonly<Record<string, string>>;
  readonly objectives: Readonly<Record<string, string>>;
  readonly teams: Readonly<Record<string, string>>;
}

/** The names of a model's entities. */
export function namesOf(model: ModelJson): Names {
  return {
    kpis: Object.fromEntries(model.kpis.map((k) => [k.id, k.name])),
    goals: Object.fromEntries(model.goals.map((g) => [g.id, g.title])),
    objectives: Object.fromEntries(model.objectives.map((o) => [o.id, o.title])),
    teams: Object.fromEntries(model.teams.map((t) => [t.id, t.name])),
  };
}

/** The data of a build: the model, what was prepared for it, every name, and `more`. */
export function siteDataOf(
  model: ModelJson,
  base: string,
  prepared: Omit<PreparedSite, 'jobs'>,
  more: Pick<SiteData, 'vegaEmbed'> &
    Partial<Pick<SiteData, 'explorable' | 'errors' | 'repository'>>,
): SiteData {
  return {
    model,
    base,
    charts: prepared.charts,
    sparklines: prepared.sparklines,
    strategyMap: prepared.strategyMap,
    strategyMapList: prepared.strategyMapList,
    tables: prepared.tables,
    explorable: prepared.explorable,
    names: namesOf(model),
    ...more,
  };
}

/** A build as the pages see it. */
export interface PublishedSite {
  readonly data: SiteData;
  /** The SVG of a chart content key (rendered, or read from the cache, when first asked for). */
  readonly chartSvg: (contentKey: string) => Promise<string>;
  /** Pages of dynamic routes read their view (and get a cache key) instead of all the data. */
  readonly views: boolean;
}

interface State extends PublishedSite {
  current: SiteData;
  /** Pages rendered so far (the others were reused from the cache). */
  rendered: number;
  readonly cache: Map<string, SiteData | null>;
  namesHash?: string;
}

const KEY = '__PLUMBLINE_SITE__';

/** Publishes a build for its pages (same process as Astro's prerendering). */
export function publishSite(site: PublishedSite): void {
  const state: State = { ...site, current: site.data, rendered: 0, cache: new Map() };
  (globalThis as Record<string, unknown>)[KEY] = state;
}

function state(): State {
  const s = (globalThis as Record<string, unknown>)[KEY] as State | undefined;
  if (s === undefined)
    throw new Error('The Plumbline site is built by `plumbline build`, which provides its data.');
  return s;
}

/** The data in force: the current page's view, or all of it. */
export function siteData(): SiteData {
  return state().current;
}

/** The SVG of a chart content key. */
export function chartSvg(contentKey: string): Promise<string> {
  return state().chartSvg(contentKey);
}

function viewOf(s: State, kind: PageKind, id: string): SiteData | null {
  const key = `${kind}/${id}`;
  if (!s.cache.has(key)) s.cache.set(key, pageView(s.data, kind, id));
  return s.cache.get(key)!;
}

/**
 * The paths of a dynamic route, each with its cache key when views are on: the hash of the
 * page's view (names included), so a page is rebuilt exactly when what it shows changed.
 */
export function pagePaths(kind: PageKind, ids: readonly string[]) {
  const s = state();
  // Every view holds all the names: hash them once.
  s.namesHash ??= createHash('sha256').update(JSON.stringify(s.data.names)).digest('base64url');
  return ids.map((id) => {
    const view = s.views ? viewOf(s, kind, id) : null;
    if (view === null) return { params: { id } };
    const { names: _, ...rest } = view;
    const cacheKey = createHash('sha256')
      .update(s.namesHash!)
      .update(JSON.stringify(rest))
      .digest('base64url');
    return { params: { id }, cacheKey };
  });
}

/** Starts a page: its view becomes the data in force (all the data for index pages). */
export function enterPage(kind?: PageKind, id?: string): SiteData {
  const s = state();
  s.rendered++;
  s.current = (s.views && kind !== undefined && id !== undefined && viewOf(s, kind, id)) || s.data;
  return s.current;
}

/** How many pages the build has rendered (pages reused from the cache are not rendered). */
export function renderedPages(): number {
  return state().rendered;
}
