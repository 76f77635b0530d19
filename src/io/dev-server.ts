/**
 * `plumbline dev`: Astro's dev server on the KPI folder, with live reload. Every change under the
 * folder recomputes the model and reloads the open pages; a page's charts are drawn when it is
 * first asked for (unchanged charts come from the cache). Invalid files never crash the server: their errors (file, line, message) are
 * shown at the top of every page, over the last state that could be computed.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { prepareSite } from '../build/prepare-site.ts';
import { publishSite, siteDataOf } from '../build/site-data.ts';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { computeProject } from '../core/pipeline.ts';
import { openChartRenderer } from './render-charts/chart-pool.ts';
import { setLocale } from '../charts/locale.ts';
import { rendererVersion } from './render-charts/renderer-version.ts';
import { inDirectory, PACKAGE_ROOT } from './build-site.ts';
import { codeFingerprint } from './code-fingerprint.ts';
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
  const refresh = async (): Promise<void> => {
    let errors: Diagnostic[];
    try {
      const computed = computeProject(await readProject(options.dir), options.asOf());
      errors = computed.diagnostics.filter((d) => d.severity === 'error');
      setLocale(computed.model.locale);
      const { jobs, ...prepared } = prepareSite(
        computed,
        options.base,
        `${code} ${renderer} ${computed.model.locale}`,
      );
      // Drawn in this thread when a page asks, so a save reloads at once.
      const charts = await openChartRenderer(jobs, {
        ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
        threads: 1,
      });
      publishSite({
        // No Explore island in dev (nothing explorable), so no vega-embed module.
        data: siteDataOf(computed.model, options.base, prepared, {
          explorable: [],
          vegaEmbed: '',
          errors,
        }),
        chartSvg: (key) => charts.svg(key),
        views: false,
      });
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
      integrations: [
        {
          name: 'plumbline-dev',
          hooks: { 'astro:server:setup': ({ server: s }) => void (vite = s) },
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
        vite?.ws.send({ type: 'full-reload', path: '*' });
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
    },
  };
}
