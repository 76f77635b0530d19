/**
 * Writing the site: charts rendered (pool + cache), Astro run in-process on the prepared data,
 * data files and JSON Schemas written, the search index built, and the result swapped into place.
 *
 *   Computed ─ prepareSite ─ renderCharts ─ publishSiteData ─ astro build (tmp) ─ data files
 *            ─ pagefind ─ replaceDir(tmp → out)
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exploreSpec, prepareSite } from '../build/prepare-site.ts';
import { readingsCsv } from '../build/readings-csv.ts';
import { publishSiteData } from '../build/site-data.ts';
import type { Computed } from '../core/pipeline.ts';
import { FILE_KINDS, jsonSchemas } from '../core/schema/json-schemas.ts';
import { renderCharts } from './charts/chart-pool.ts';
import { replaceDir } from './replace-dir.ts';

/** The package's own folder: Astro's root, where astro.config.mjs and src/site live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Options of a site build. */
export interface BuildSiteOptions {
  /** Absolute output folder; replaced only when the build succeeds. */
  readonly out: string;
  /** Base path, `/` or `/repo/`. */
  readonly base: string;
  /** Absolute site URL, when known (canonical links). */
  readonly site?: string;
  /** Chart cache folder; none disables the cache. */
  readonly cacheDir?: string;
  /** Worker threads for charts (default: the machine's cores). */
  readonly threads?: number;
}

/** What a build did, for the summary line and `npm run bench`. */
export interface BuildReport {
  readonly pages: number;
  readonly charts: { readonly rendered: number; readonly cached: number };
  readonly ms: {
    readonly prepare: number;
    readonly charts: number;
    readonly astro: number;
    readonly data: number;
    readonly search: number;
  };
}

/** Builds the site of a computed project into `options.out`. */
export async function buildSite(
  computed: Computed,
  options: BuildSiteOptions,
): Promise<BuildReport> {
  const clock = () => performance.now();
  const t0 = clock();
  const { jobs, ...prepared } = prepareSite(computed, options.base);
  const t1 = clock();
  // The specs are handed over (jobs.splice empties the array), so they can be collected once
  // rendered, before Astro runs.
  const rendered = await renderCharts(jobs.splice(0), {
    cacheDir: options.cacheDir,
    threads: options.threads,
  });
  const t2 = clock();
  publishSiteData({
    model: computed.model,
    base: options.base,
    charts: Object.fromEntries(rendered.svgs),
    sparklines: prepared.sparklines,
    strategyMap: prepared.strategyMap,
    tables: prepared.tables,
    explorable: prepared.explorable,
  });
  rendered.svgs.clear();
  const tmp = `${options.out.replace(/[\\/]+$/, '')}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    const { build } = await import('astro');
    // Astro puts its prerender chunks under the working directory when the output lies outside
    // it, and those chunks import packages: run it from the package's own folder, where they
    // resolve, whatever folder the command was started in.
    await inDirectory(PACKAGE_ROOT, () =>
      build({
        root: PACKAGE_ROOT,
        outDir: tmp,
        base: options.base,
        ...(options.site === undefined ? {} : { site: options.site }),
        logLevel: 'error',
        mode: 'production',
      }),
    );
    const t3 = clock();
    // The search index reads only the pages, so it is built while the data files are written.
    let dataDone = t3;
    await Promise.all([
      indexSearch(tmp),
      writeData(computed, prepared.explorable, options.base, tmp).then(() => (dataDone = clock())),
    ]);
    const t4 = dataDone;
    const t5 = clock();
    const pages = await countPages(tmp);
    await replaceDir(tmp, options.out);
    return {
      pages,
      charts: { rendered: rendered.rendered, cached: rendered.cached },
      ms: { prepare: t1 - t0, charts: t2 - t1, astro: t3 - t2, data: t4 - t3, search: t5 - t4 },
    };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

async function writeData(
  computed: Computed,
  explorable: readonly string[],
  base: string,
  out: string,
): Promise<void> {
  const data = path.join(out, 'data');
  await mkdir(path.join(data, 'charts'), { recursive: true });
  await writeFile(path.join(data, 'model.json'), `${JSON.stringify(computed.model)}\n`);
  const asOf = computed.analysis.asOf;
  await Promise.all(
    computed.project.kpis.map((k) =>
      writeFile(path.join(data, `${k.id}.csv`), readingsCsv(k.readings, asOf)),
    ),
  );
  for (const id of explorable) {
    await writeFile(
      path.join(data, 'charts', `${id}.json`),
      JSON.stringify(exploreSpec(computed, id, base)),
    );
  }
  const schemas = path.join(out, 'schemas');
  await mkdir(schemas, { recursive: true });
  const all = jsonSchemas();
  await Promise.all(
    FILE_KINDS.map((kind) =>
      writeFile(path.join(schemas, `${kind}.json`), `${JSON.stringify(all[kind], null, 2)}\n`),
    ),
  );
}

async function indexSearch(out: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (index === undefined) throw new Error(`search index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** Runs `fn` with the working directory set to `dir`, then restores it. */
export async function inDirectory<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(previous);
  }
}

/** The HTML pages Astro wrote (the search index writes none). */
async function countPages(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith('.html')).length;
}
