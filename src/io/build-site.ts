/**
 * `plumbline build`'s effects: the site plan (src/publish/plan-site.ts) carried out by the
 * executor (src/publish/publish-site.ts) into a fresh folder — files written, charts drawn by the
 * pool, pages rendered by Astro from the plan, the search index built — then swapped into place.
 * With a cache folder, charts are reused by content key (`<cache>/charts`), readings CSVs by the
 * hash of the readings (`<cache>/data`) and pages by their cache key (Astro's incremental build,
 * `<cache>/pages`): a rebuild renders only what changed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Repository } from '../core/alerts/issue-search.ts';
import { withModel, type Checked } from '../core/pipeline.ts';
import { localeOf } from '../core/schema/strategy.ts';
import { planCharts } from '../publish/plan-charts.ts';
import { planSite } from '../publish/plan-site.ts';
import { publishSite } from '../publish/publish-site.ts';
import type { PlannedFile } from '../publish/site-plan.ts';
import { acquireLock } from './build-lock.ts';
import { openChartCache } from './render-charts/chart-cache.ts';
import { openChartRenderer, type ChartWorkers } from './render-charts/chart-pool.ts';
import { setLocale } from '../charts/locale.ts';
import { rendererVersion } from './render-charts/renderer-version.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { pruneCache, writeCached } from './file-cache.ts';
import { withPagesPlan } from './pages-handoff.ts';
import { pagesModule } from './pages-module.ts';
import { readPageManifest, reusedPages } from './page-manifest.ts';
import { writeSearchIndex } from './search-index.ts';
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
  /** Worker threads for charts (default: the machine's cores, or those of `workers`). */
  readonly threads?: number;
  /**
   * Chart workers the caller started while it computed the model (startChartWorkers): the build
   * takes them over and stops them.
   */
  readonly workers?: ChartWorkers | null;
  /** Pages Astro renders at once (default: astro.config.mjs). The output is the same for any. */
  readonly concurrency?: number;
  /** Called when another build of this installation runs: this one waits for it (see below). */
  readonly onWait?: (holder: number | null, lockFile: string) => void;
  /** Told as the build goes: each phase as it starts, then its counts about every 250 ms. */
  readonly onProgress?: (progress: BuildProgress) => void;
  /**
   * Whether progress tells the pages written so far (counted in the output folder, a walk of
   * its tree four times a second: only for a live line that shows them). Without, `pages` is 0.
   */
  readonly countPages?: boolean;
}

/**
 * Whether a build with this cache folder (none: `--no-cache`) draws all its charts: no chart is
 * cached. The CLI then starts the chart workers before it computes the model (startChartWorkers).
 */
export async function drawsEveryChart(cacheDir: string | undefined): Promise<boolean> {
  return (
    cacheDir === undefined || (await openChartCache(chartCacheDir(cacheDir)).keys()).size === 0
  );
}

const chartCacheDir = (cacheDir: string) => path.join(cacheDir, 'charts');

/** Where a build is: its phase, and the pages rendered and charts drawn so far. */
export interface BuildProgress {
  readonly phase: 'prepare' | 'pages' | 'charts' | 'files';
  /** Pages written so far: 0 unless the build was asked to count them (countPages). */
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

/**
 * Chart jobs handed to the pool before the pages are planned, which keeps this thread busy for a
 * while: enough to keep two workers drawing through a 1,000-KPI plan (~3 s at ~20 ms a job, a
 * KPI's chart and its phone variant).
 */
const CHARTS_AHEAD = 200;

/**
 * Builds the site of a checked project into `options.out`; its model is built once the first
 * charts are handed out (they need the analysis only).
 */
export async function buildSite(checked: Checked, options: BuildSiteOptions): Promise<BuildReport> {
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
  // ends as the signal would have ended it, at once: with no listener left, raising it again does
  // that. Other listeners go too (proper-lockfile's signal-exit would otherwise take the raised
  // signal and leave the process one more turn of its event loop, in which a pending write could
  // make the folder again, or fail and end the build with an exit code instead). Files being
  // written into the folder as it is removed are retried over.
  const stop = (signal: NodeJS.Signals) => {
    try {
      rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
    } finally {
      lock.release();
      process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
      process.kill(process.pid, signal);
    }
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  try {
    // What builds killed outright (SIGKILL, power loss) left beside the output.
    await clearLeftovers(options.out);
    return await buildSiteLocked(checked, options, tmp);
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    lock.release();
  }
}

async function buildSiteLocked(
  checked: Checked,
  options: BuildSiteOptions,
  tmp: string,
): Promise<BuildReport> {
  const clock = () => performance.now();
  const t0 = clock();
  const none = { done: 0, total: 0 };
  options.onProgress?.({ phase: 'prepare', pages: 0, charts: none });
  const [code, renderer, vendor] = await Promise.all([
    codeFingerprint(['src', 'lib'].map((d) => path.join(PACKAGE_ROOT, d))),
    rendererVersion(),
    vegaEmbedBundle(),
  ]);
  // Numbers and dates in the site's locale; the chart keys name it, so a cached chart drawn in
  // another locale is not reused.
  const locale = localeOf(checked.project.strategy);
  setLocale(locale);
  const salt = `${code} ${renderer} ${locale}`;
  // The charts first: the pool draws them while the model is built and the pages are planned
  // and rendered.
  const drawn = planCharts(checked, salt);
  const cacheDir = options.cacheDir;
  const charts = await openChartRenderer(drawn.jobs, {
    ...(cacheDir === undefined ? {} : { cacheDir: chartCacheDir(cacheDir) }),
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ahead: CHARTS_AHEAD,
  });
  const computed = withModel(checked);
  const plan = await planSite(
    computed,
    {
      base: options.base,
      salt,
      vegaEmbed: vendor,
      ...(options.site === undefined ? {} : { site: options.site }),
      ...(options.repository === undefined ? {} : { repository: options.repository }),
    },
    drawn,
  );
  const t1 = clock();
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const pagesCache = cacheDir === undefined ? undefined : path.join(cacheDir, 'pages');
  const before = pagesCache === undefined ? null : await readPageManifest(pagesCache);
  let phase: BuildProgress['phase'] = 'prepare';
  let t2 = t1;
  let t3 = t1;
  // Pages written so far, counted in the output folder as the build goes (for progress only).
  let written = 0;
  let counting = false;
  const report = () => {
    options.onProgress?.({ phase, pages: written, charts: charts.progress() });
    if (counting || phase !== 'pages' || options.countPages !== true) return;
    counting = true;
    countPages(tmp).then(
      (n) => ((written = n), (counting = false)),
      () => (counting = false),
    );
  };
  const ticker = options.onProgress === undefined ? null : setInterval(report, 250);
  ticker?.unref();
  try {
    await publishSite(plan, {
      writeFile: (file) => writePlannedFile(tmp, file, cacheDir),
      writeSearchIndex: (records) =>
        writeSearchIndex(
          records,
          tmp,
          cacheDir === undefined ? undefined : path.join(cacheDir, 'search'),
        ),
      renderPages: async (pages) => {
        await withPagesPlan(pages, () => renderWithAstro(options, tmp, pagesCache));
        return (await readdir(tmp, { recursive: true }))
          .filter((f) => f.endsWith('.html'))
          .sort()
          .map((f) => path.join(tmp, f));
      },
      // Synchronous, as every file the build writes: each is short on a local disk, and the
      // promise API costs several times as much CPU per file (1,261 pages of 60 KB: ~250 ms
      // against ~60 ms).
      readPage: async (file) => readFileSync(file, 'utf8'),
      writePage: async (file, html) => writeFileSync(file, html),
      chartSvg: (key) => charts.svg(key),
      log: (step) => {
        if (step === 'charts') t2 = clock();
        if (step === 'files') t3 = clock();
        phase = step;
        report();
      },
    });
    const t4 = clock();
    const counts = await charts.close();
    const pages = await countPages(tmp);
    const reused = before === null ? 0 : reusedPages(before, await readPageManifest(pagesCache!));
    await Promise.all([
      replaceDir(tmp, options.out),
      // The chart cache keeps what this build shows.
      cacheDir === undefined
        ? null
        : pruneCache(
            path.join(cacheDir, 'charts'),
            '.svg',
            new Set(plan.charts.flatMap((j) => j.keys)),
          ),
      cacheDir === undefined
        ? null
        : pruneCache(
            path.join(cacheDir, 'data'),
            '.csv',
            new Set(plan.files.flatMap((f) => (f.cacheKey === undefined ? [] : [f.cacheKey]))),
          ),
    ]);
    if (ticker !== null) clearInterval(ticker);
    return {
      pages,
      rendered: pages - reused,
      charts: counts,
      ms: { prepare: t1 - t0, pages: t2 - t1, charts: t3 - t2, files: t4 - t3 },
    };
  } catch (error) {
    if (ticker !== null) clearInterval(ticker);
    await charts.close().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Astro's build of the pages into `outDir`, from the plan handed over (withPagesPlan). */
async function renderWithAstro(
  options: BuildSiteOptions,
  outDir: string,
  pagesCache: string | undefined,
): Promise<void> {
  const { build } = await import('astro');
  // Astro puts its prerender chunks under the working directory when the output lies outside
  // it, and those chunks import packages: run it from the package's own folder, where they
  // resolve, whatever folder the command was started in.
  await inDirectory(PACKAGE_ROOT, () =>
    build({
      root: PACKAGE_ROOT,
      outDir,
      base: options.base,
      ...(options.site === undefined ? {} : { site: options.site }),
      ...(pagesCache === undefined
        ? {}
        : { cacheDir: pagesCache, experimental: { incrementalBuild: true } }),
      ...(options.concurrency === undefined ? {} : { build: { concurrency: options.concurrency } }),
      vite: {
        build: { emptyOutDir: false },
        plugins: [pagesModule(null)],
      },
      logLevel: 'error',
      mode: 'production',
    }),
  );
}

/** Writes a planned file under `out`; with a cache key and a cache, reuses the cached copy. */
async function writePlannedFile(
  out: string,
  file: PlannedFile,
  cacheDir: string | undefined,
): Promise<void> {
  const target = path.join(out, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  if (file.cacheKey === undefined) return writeFileSync(target, file.content());
  return writeCached(
    cacheDir === undefined ? undefined : path.join(cacheDir, 'data'),
    file.cacheKey,
    path.extname(file.path),
    target,
    file.content,
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
