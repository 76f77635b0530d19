/**
 * What `plumbline build` hands the Astro pages: the model and everything rendered ahead (chart
 * SVGs, sparklines, the strategy map, reading tables). Pages only read it; they compute nothing.
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type { ModelJson } from '../core/model/model.ts';

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
  /** Rendered chart SVGs by key: `kpi/<id>`, `leadlag/<from>/<to>`. */
  readonly charts: Readonly<Record<string, string>>;
  /** Sparkline SVGs by KPI id. */
  readonly sparklines: Readonly<Record<string, string>>;
  readonly strategyMap: string;
  /** The most recent periods of each KPI, newest first, at most TABLE_ROWS. */
  readonly tables: Readonly<Record<string, readonly TableRow[]>>;
  /** KPI ids whose explorer spec was written to `data/charts/<id>.json`. */
  readonly explorable: readonly string[];
  /** `plumbline dev` only: errors in the files, shown at the top of every page. */
  readonly errors?: readonly Diagnostic[];
}

/** Rows of readings shown on a KPI page; the CSV download has them all. */
export const TABLE_ROWS = 104;

const KEY = '__PLUMBLINE_SITE_DATA__';

/** Publishes the data for the pages of this build (same process as Astro's prerendering). */
export function publishSiteData(data: SiteData): void {
  (globalThis as Record<string, unknown>)[KEY] = data;
}

/** The data of the current build; throws when the pages run outside `plumbline build`. */
export function siteData(): SiteData {
  const data = (globalThis as Record<string, unknown>)[KEY] as SiteData | undefined;
  if (data === undefined)
    throw new Error('The Plumbline site is built by `plumbline build`, which provides its data.');
  return data;
}
