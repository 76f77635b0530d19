/**
 * `plumbline dev`: Astro's dev server on the KPI folder, with live reload. Every change under the
 * folder recomputes the model and reloads the open pages; a page's charts are drawn when it is
 * first asked for (unchanged charts come from the cache). Invalid files never crash the server: their errors (file, line, message) are
 * shown at the top of every page, over the last state that could be computed.
 */
import { mkdtempSync, rmSync, watch, type FSWatcher } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { computeProject } from '../core/pipeline.ts';
import { fillCharts, markedCharts } from '../publish/fill-charts.ts';
import { planSite } from '../publish/plan-site.ts';
import { publishSite } from '../publish/publish-site.ts';
import { openChartRenderer, type ChartRenderer } from './render-charts/chart-pool.ts';
import { setLocale } from '../charts/locale.ts';
import { rendererVersion } from './render-charts/renderer-version.ts';
import { inDirectory, PACKAGE_ROOT } from './build-site.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { pagesModule, writePagesPlan } from './pages-module.ts';
import { readProject } from './read-project.ts';

/** Options of the dev server. */
export interface DevOptions {
  /** Absolute KPI folder. */
  readonly dir: string;
  readonly base: string;
  /** The as-of day, asked anew on every refresh (today, unless pinned). */
  readonly asOf: () => number;
  readonly port: number;
  readonly host: string;
  readonly cacheDir?: string;
  readonly log: (line: string) => void;
}

/** A running dev server. */
export interface DevHandle {
  readonly url: string;
  /** Resolves after the next refresh caused by a file change has been published. */
  readonly refreshed: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

/** Starts the dev server; resolves once it listens. */
export async function startDevServer(options: DevOptions): Promise<DevHandle> {
  let vite: ViteDevServer | null = null;
  let waiting: (() => void)[] = [];
  const [code, renderer] = await Promise.all([
    codeFingerprint(['src', 'lib'].map((d) => path.join(PACKAGE_ROOT, d))),
    rendererVersion(),
  ]);
  // The pages' plan, replaced at every refresh; the pages' module reads the latest.
  const planDir = mkdtempSync(path.join(tmpdir(), 'plumbline-dev-'));
  const planFile = path.join(planDir, 'pages.json');
  let charts: ChartRenderer | null = null;
  const refresh = async (): Promise<void> => {
    let errors: Diagnostic[];
    try {
      const computed = computeProject(await readProject(options.dir), options.asOf());
      errors = computed.diagnostics.filter((d) => d.severity === 'error');
      setLocale(computed.model.locale);
      // No Explore island in dev (nothing explorable), so no vega-embed module.
      const plan = await planSite(computed, {
        base: options.base,
        salt: `${code} ${renderer} ${computed.model.locale}`,
        vegaEmbed: null,
        errors,
      });
      // Drawn in this thread when a page asks, so a save reloads at once.
      const next = await openChartRenderer(plan.charts, {
        ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
        threads: 1,
      });
      // The dev server serves pages and charts on request: publishing hands it the plan.
      await publishSite(
        { ...plan, files: [] },
        {
          writeFile: async () => undefined,
          writeSearchIndex: async () => undefined,
          renderPages: async (pages) => {
            writePagesPlan(planFile, pages);
            return [];
          },
          readPage: async () => '',
          writePage: async () => undefined,
          chartSvg: (key) => next.svg(key),
          log: () => undefined,
        },
      );
      const previous = charts;
      charts = next;
      await previous?.close();
    } catch (error) {
      errors = [];
      options.log(`plumbline dev: ${error instanceof Error ? error.message : String(error)}`);
    }
    options.log(
      errors.length === 0
        ? 'plumbline dev: the files are valid; pages updated.'
        : `plumbline dev: ${errors.length} error${errors.length === 1 ? '' : 's'} in the files; they are shown on every page.`,
    );
  };
  await refresh();
  const { dev } = await import('astro');
  const server = await inDirectory(PACKAGE_ROOT, () =>
    dev({
      root: PACKAGE_ROOT,
      base: options.base,
      logLevel: 'warn',
      server: { port: options.port, host: options.host },
      vite: { plugins: [pagesModule(planFile)] },
      integrations: [
        {
          name: 'plumbline-dev',
          hooks: {
            'astro:server:setup': ({ server: s }) => {
              vite = s;
              s.middlewares.use((req, res, next) => {
                fillChartsOnTheWay(req, res, (key) => {
                  if (charts === null) throw new Error('No charts yet.');
                  return charts.svg(key);
                });
                next();
              });
            },
          },
        },
      ],
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const watcher: FSWatcher = watch(options.dir, { recursive: true }, () => {
    clearTimeout(timer);
    // Editors write a file in several steps: wait for them to settle.
    timer = setTimeout(() => {
      running = running.then(async () => {
        await refresh();
        if (vite !== null) reloadPages(vite);
        const done = waiting;
        waiting = [];
        for (const resolve of done) resolve();
      });
    }, 150);
  });
  const url = `http://${options.host}:${server.address.port}${options.base}`;
  options.log(
    `plumbline dev: serving ${path.relative(process.cwd(), options.dir) || '.'} at ${url}`,
  );
  return {
    url,
    refreshed: () => new Promise((resolve) => waiting.push(resolve)),
    stop: async () => {
      watcher.close();
      clearTimeout(timer);
      await running;
      await server.stop();
      await charts?.close();
      rmSync(planDir, { recursive: true, force: true });
    },
  };
}

/**
 * Tells Astro's server that the data changed: its cached `getStaticPaths` results (the pages'
 * props) are dropped, and the open pages reload.
 */
function reloadPages(vite: ViteDevServer): void {
  for (const [name, environment] of Object.entries(vite.environments))
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
  vite.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}

/**
 * Buffers an HTML response and fills in its charts (src/publish/fill-charts.ts) before it goes
 * out; any other response passes as it is.
 */
function fillChartsOnTheWay(
  _req: IncomingMessage,
  res: ServerResponse,
  chartSvg: (key: string) => Promise<string>,
): void {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  const chunks: Buffer[] = [];
  const html = () => String(res.getHeader('content-type') ?? '').includes('text/html');
  const take = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!html()) return write(chunk, ...rest);
    take(chunk);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!html()) return end(chunk, ...rest);
    if (typeof chunk !== 'function') take(chunk);
    const page = Buffer.concat(chunks).toString('utf8');
    const keys = markedCharts(page);
    Promise.all(keys.map(async (key) => [key, await chartSvg(key)] as const))
      .then((svgs) => fillCharts(page, new Map(svgs)))
      .then(
        (filled) => end(filled),
        (error: unknown) => end(`${page}<!-- charts: ${String(error).replaceAll('--', '- -')} -->`),
      );
    return res;
  }) as typeof res.end;
}
