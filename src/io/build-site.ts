/**
 * Writing the site: charts drawn by the pool while Astro renders the pages (a page waits only
 * for its own charts), data files and JSON Schemas written, the search index built, and the
 * result swapped into place. With a cache folder, charts are reused by content key
 * (`<cache>/charts`) and pages by the hash of their view (Astro's incremental build,
 * `<cache>/pages`): a rebuild renders only what changed.
 *
 *   Computed ─ prepareSite ─ openChartRenderer ─┬─ astro build (tmp) ─ data files ─ pagefind
 *                                               └─ charts, on demand ─┘   ─ replaceDir(tmp → out)
 */
import { rmSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readingsCsvKey } from './render-charts/chart-keys.ts';
import { exploreSpec, prepareSite } from '../build/prepare-site.ts';
import { readingsCsv } from '../build/readings-csv.ts';
import { searchRecords } from '../build/search-records.ts';
import { publishSite, renderedPages, siteDataOf } from '../build/site-data.ts';
import type { Repository } from '../core/alerts/issue-search.ts';
import type { Computed } from '../core/pipeline.ts';
import { FILE_KINDS, jsonSchemas } from '../core/schema/json-schemas.ts';
import { acquireLock } from './build-lock.ts';
import { openChartRenderer } from './render-charts/chart-pool.ts';
import { setLocale } from '../charts/locale.ts';
import { rendererVersion } from './render-charts/renderer-version.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { pruneCache, writeCached } from './file-cache.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeAlertFiles } from './write-alert-files.ts';
import { vegaEmbedBundle } from './vendor-bundle.ts';
import { clearLeftovers, freshDirOf, replaceDir } from './replace-dir.ts';

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
  /** Cache folder (charts and pages); none disables the cache. */
  readonly cacheDir?: string;
  /** The GitHub repository whose alert issues the KPI pages link to. */
  readonly repository?: Repository;
  /** Worker threads for charts (default: the machine's cores). */
  readonly threads?: number;
  /** Called when another build of this installation runs: this one waits for it (see below). */
  readonly onWait?: (holder: number | null, lockFile: string) => void;
  /** Told as the build goes: each phase as it starts, then its counts about every 250 ms. */
  readonly onProgress?: (progress: BuildProgress) => void;
}

/** Where a build is: its phase, and the pages rendered and charts drawn so far. */
export interface BuildProgress {
  readonly phase: 'prepare' | 'pages' | 'charts' | 'files';
  readonly pages: number;
  readonly charts: { readonly done: number; readonly total: number };
}

/** What a build did, for the summary line and `npm run bench`. */
export interface BuildReport {
  readonly pages: number;
  /** Pages rendered; the others were unchanged and reused from the cache. */
  readonly rendered: number;
  readonly charts: { readonly rendered: number; readonly cached: number };
  /** Milliseconds: preparing, Astro (the chart pool draws meanwhile), then waiting for the
   * charts still drawing, then for the data files, search index and vega-embed (written meanwhile). */
  readonly ms: {
    readonly prepare: number;
    readonly pages: number;
    readonly charts: number;
    readonly files: number;
  };
}

/** Builds the site of a computed project into `options.out`. */
export async function buildSite(
  computed: Computed,
  options: BuildSiteOptions,
): Promise<BuildReport> {
  // One build at a time per installation: Astro writes its prerender chunks to
  // <package>/.astro/.prerender when the output lies outside the package and deletes them when
  // done, under a second build still importing them; and two builds would share the page cache.
  const lockFile = path.join(PACKAGE_ROOT, '.astro', 'plumbline-build.lock');
  await mkdir(path.dirname(lockFile), { recursive: true });
  const lock = await acquireLock(lockFile, {
    onWait: (holder) => options.onWait?.(holder, lockFile),
  });
  const tmp = freshDirOf(options.out);
  // Stopped (Ctrl-C, a CI timeout), a build removes its unfinished folder and its lock, then
  // ends as the signal would have ended it: with no listener left, raising it again does that.
  const stop = (signal: NodeJS.Signals) => {
    rmSync(tmp, { recursive: true, force: true });
    lock.release();
    process.off('SIGINT', stop).off('SIGTERM', stop);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  try {
    // What builds killed outright (SIGKILL, power loss) left beside the output.
    await clearLeftovers(options.out);
    return await buildSiteLocked(computed, options, tmp);
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    lock.release();
  }
}

async function buildSiteLocked(
  computed: Computed,
  options: BuildSiteOptions,
  tmp: string,
): Promise<BuildReport> {
  const clock = () => performance.now();
  const t0 = clock();
  const none = { done: 0, total: 0 };
  options.onProgress?.({ phase: 'prepare', pages: 0, charts: none });
  const [code, renderer] = await Promise.all([
    codeFingerprint(['src', 'lib'].map((d) => path.join(PACKAGE_ROOT, d))),
    rendererVersion(),
  ]);
  // Numbers and dates in the site's locale; the chart keys name it, so a cached chart drawn in
  // another locale is not reused.
  setLocale(computed.model.locale);
  const { jobs, ...prepared } = prepareSite(
    computed,
    options.base,
    `${code} ${renderer} ${computed.model.locale}`,
  );
  const t1 = clock();
  const cacheDir = options.cacheDir;
  const vendor = await vegaEmbedBundle();
  const charts = await openChartRenderer(jobs, {
    ...(cacheDir === undefined ? {} : { cacheDir: path.join(cacheDir, 'charts') }),
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  });
  publishSite({
    data: siteDataOf(computed.model, options.base, prepared, {
      vegaEmbed: vendor.file,
      ...(options.repository === undefined ? {} : { repository: options.repository }),
    }),
    chartSvg: (key) => charts.svg(key),
    // Views give pages their cache keys: only worth it when pages are cached.
    views: cacheDir !== undefined,
  });
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  // The data files, the search index and the vega-embed module do not depend on the pages: they
  // are written while Astro builds (Astro is told not to empty the fresh folder).
  const files = Promise.all([
    writeData(
      computed,
      prepared.explorable,
      options.base,
      tmp,
      code,
      cacheDir === undefined ? undefined : path.join(cacheDir, 'data'),
    ),
    writeSearchIndex(
      searchRecords(computed.model, options.base),
      tmp,
      cacheDir === undefined ? undefined : path.join(cacheDir, 'search'),
    ),
    writeAlertFiles(computed, { base: options.base, site: options.site ?? null }, tmp),
    mkdir(path.join(tmp, '_vendor'), { recursive: true }).then(() =>
      writeFile(path.join(tmp, '_vendor', vendor.file), vendor.code),
    ),
  ]);
  files.catch(() => undefined); // awaited below
  let phase: BuildProgress['phase'] = 'pages';
  const report = () =>
    options.onProgress?.({ phase, pages: renderedPages(), charts: charts.progress() });
  report();
  const ticker = options.onProgress === undefined ? null : setInterval(report, 250);
  ticker?.unref();
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
        ...(cacheDir === undefined
          ? {}
          : { cacheDir: path.join(cacheDir, 'pages'), experimental: { incrementalBuild: true } }),
        vite: { build: { emptyOutDir: false } },
        logLevel: 'error',
        mode: 'production',
      }),
    );
    const t2 = clock();
    phase = 'charts';
    report();
    const counts = await charts.close();
    const t3 = clock();
    phase = 'files';
    report();
    await files;
    const t4 = clock();
    const pages = await countPages(tmp);
    await Promise.all([
      replaceDir(tmp, options.out),
      // The chart cache keeps what this build shows.
      cacheDir === undefined
        ? null
        : pruneCache(path.join(cacheDir, 'charts'), '.svg', new Set(jobs.map((j) => j.key))),
    ]);
    if (ticker !== null) clearInterval(ticker);
    return {
      pages,
      rendered: renderedPages(),
      charts: counts,
      ms: { prepare: t1 - t0, pages: t2 - t1, charts: t3 - t2, files: t4 - t3 },
    };
  } catch (error) {
    if (ticker !== null) clearInterval(ticker);
    await charts.close().catch(() => undefined);
    await files.catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

async function writeData(
  computed: Computed,
  explorable: readonly string[],
  base: string,
  out: string,
  code: string,
  cacheDir: string | undefined,
): Promise<void> {
  const data = path.join(out, 'data');
  await mkdir(path.join(data, 'charts'), { recursive: true });
  await writeFile(path.join(data, 'model.json'), `${JSON.stringify(computed.model)}\n`);
  const asOf = computed.analysis.asOf;
  // The readings CSVs, reused by the hash of the readings (most are unchanged in a rebuild).
  const keys = new Set<string>();
  await Promise.all(
    computed.project.kpis.map((k) => {
      const key = readingsCsvKey(code, k.readings, asOf);
      keys.add(key);
      return writeCached(cacheDir, key, '.csv', path.join(data, `${k.id}.csv`), () =>
        readingsCsv(k.readings, asOf),
      );
    }),
  );
  if (cacheDir !== undefined) await pruneCache(cacheDir, '.csv', keys);
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
