/**
 * The publishing phase's entry: a computed project in, the site plan out (site-plan.ts). Pure:
 * the same project, options and code give the same plan. The executor (publish-site.ts) then
 * carries it out through the effects `plumbline build`, `plumbline dev` and the tests give it.
 *
 *   Computed (model.json + analysis)
 *     │
 *     ├─ planCharts ─────── chart jobs, sparklines, reading tables, explorer specs (a build
 *     │                     makes these first and draws the charts while the rest is planned)
 *     ├─ planStrategyMap ── the strategy map laid out by ELK (async), and as a list
 *     ├─ nextSteps ──────── what is being done about each off-track or at-risk KPI
 *     ├─ pages/* ────────── every page's props (home, KPI, goal, objective, team, alignment, …)
 *     ├─ files ──────────── model.json, readings CSVs, explorer specs, schemas, feeds, calendars
 *     └─ searchRecords ──── the search index's records
 *     ▼
 *   SitePlan ─ publishSite(plan, effects) ─┬─ files written ──────────────┐
 *                                          ├─ search index written ───────┤
 *                                          └─ pages rendered (Astro) ─ charts filled in ─ done
 */
import { createHash } from 'node:crypto';
import type { Repository } from '../core/alerts/issue-search.ts';
import { nextSteps } from '../core/analytics/next-step.ts';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type { Computed } from '../core/pipeline.ts';
import { FILE_KINDS, jsonSchemas } from '../core/schema/json-schemas.ts';
import { readingsCsvKey } from './chart-keys.ts';
import { alertSiteFiles } from './alert-site-files.ts';
import { namesOf } from './entity-names.ts';
import { kpiPage } from './pages/kpi-page.ts';
import { goalPage, objectivePage, teamPage } from './pages/entity-pages.ts';
import type { RowSource } from './pages/kpi-rows.ts';
import { alignmentPage, homePage, indexPages } from './pages/site-pages.ts';
import { exploreSpec, planCharts, planStrategyMap, type PlannedCharts } from './plan-charts.ts';
import { readingsCsv } from './readings-csv.ts';
import { searchRecords } from './search-records.ts';
import type { PagesPlan, PlannedFile, SiteContext, SitePlan } from './site-plan.ts';

/** What a plan depends on besides the project. */
export interface PlanOptions {
  /** The base path, `/` or `/repo/`. */
  readonly base: string;
  /** Absolute site URL, when known (feeds and calendars link to it). */
  readonly site?: string;
  /** Names the code and renderer that draw the charts (it goes into every content key). */
  readonly salt: string;
  /** The vega-embed module the Explore islands load; none: no island (dev). */
  readonly vegaEmbed: { readonly file: string; readonly code: string } | null;
  readonly repository?: Repository;
  /** Errors in the files, shown on every page (dev). */
  readonly errors?: readonly Diagnostic[];
}

/**
 * Plans the site of a computed project. `drawn` is planCharts' result when the caller made it
 * first (a build starts drawing the charts while the pages are planned).
 */
export async function planSite(
  computed: Computed,
  options: PlanOptions,
  drawn: PlannedCharts = planCharts(computed, options.salt),
): Promise<SitePlan> {
  const { model } = computed;
  const map = await planStrategyMap(model, options.base);
  const explorable = options.vegaEmbed === null ? [] : drawn.explorable;
  const charted = { ...drawn, explorable };
  const kpiById = new Map(model.kpis.map((k) => [k.id, k]));
  const steps = nextSteps(model.kpis, model.journal);
  const rows: RowSource = { kpiById, sparklines: drawn.sparklines, steps };
  const site: SiteContext = {
    base: options.base,
    organization: model.organization,
    asOf: model.asOf,
    names: namesOf(model),
    vegaEmbed: options.vegaEmbed?.file ?? '',
    repository: options.repository ?? null,
    errors: options.errors ?? [],
  };
  const nameById = new Map(
    Object.values(site.names).flatMap((byId: Readonly<Record<string, string>>) =>
      Object.entries(byId),
    ),
  );
  const pages: Omit<PagesPlan, 'cacheKeys'> = {
    site,
    home: homePage(model, rows, map),
    kpis: model.kpis.map((k) =>
      kpiPage(nameById, model, k, charted, steps.get(k.id) ?? null, site.repository),
    ),
    goals: model.goals.map((g) => goalPage(model, g, rows, drawn)),
    objectives: model.objectives.map((o) => objectivePage(o, rows, kpiById)),
    teams: model.teams.map((t) => teamPage(model, t, rows)),
    alignment: alignmentPage(model),
    ...indexPages(model, rows, map),
  };
  return {
    pages: { ...pages, cacheKeys: cacheKeys(pages) },
    charts: drawn.jobs,
    files: plannedFiles(computed, explorable, options),
    search: searchRecords(model, options.base),
  };
}

/**
 * The cache key of each dynamic page: the hash of what it renders — its props and the site's
 * shared facts — so a page is rendered again exactly when what it shows changed.
 */
function cacheKeys(pages: Omit<PagesPlan, 'cacheKeys'>): Record<string, string> {
  const shared = createHash('sha256').update(JSON.stringify(pages.site)).digest('base64url');
  const key = (props: unknown) =>
    createHash('sha256').update(shared).update(JSON.stringify(props)).digest('base64url');
  return Object.fromEntries(
    (['kpis', 'goals', 'objectives', 'teams'] as const).flatMap((kind) =>
      pages[kind].map((p) => [`${kind}/${p.id}`, key(p)] as const),
    ),
  );
}

/** Every file of the site besides the pages and the search index. */
function plannedFiles(
  computed: Computed,
  explorable: readonly string[],
  options: PlanOptions,
): PlannedFile[] {
  const { model, project, analysis } = computed;
  const schemas = jsonSchemas();
  return [
    { path: 'data/model.json', content: () => `${JSON.stringify(model)}\n` },
    // The readings CSVs, reusable by the hash of the readings (most are unchanged in a rebuild).
    ...project.kpis.map((k) => ({
      path: `data/${k.id}.csv`,
      content: () => readingsCsv(k.readings, analysis.asOf),
      cacheKey: readingsCsvKey(options.salt, k.readings, analysis.asOf),
    })),
    ...explorable.map((id) => ({
      path: `data/charts/${id}.json`,
      content: () => JSON.stringify(exploreSpec(computed, id, options.base)),
    })),
    ...FILE_KINDS.map((kind) => ({
      path: `schemas/${kind}.json`,
      content: () => `${JSON.stringify(schemas[kind], null, 2)}\n`,
    })),
    ...alertSiteFiles(computed, { base: options.base, site: options.site ?? null }).map((f) => ({
      path: f.path,
      content: () => f.text,
    })),
    ...(options.vegaEmbed === null
      ? []
      : [{ path: `_vendor/${options.vegaEmbed.file}`, content: () => options.vegaEmbed!.code }]),
  ];
}
