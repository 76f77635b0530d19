import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { ChartJob } from '../../charts/chart-data.ts';
import { warmUpDrawing } from '../../charts/warm-up-chart.ts';
import { openChartCache } from './chart-cache.ts';

/** Where to cache and how many threads. */
export interface RenderChartsOptions {
  /** Cache folder; without it nothing is read or written. */
  readonly cacheDir?: string;
  /** Worker threads; 1 renders in this thread, on demand. Default: `os.availableParallelism()`. */
  readonly threads?: number;
  /**
   * Jobs handed to the pool at once until the first chart is asked for (default: as many as
   * after): a caller that keeps this thread busy meanwhile gives the workers a longer queue.
   */
  readonly ahead?: number;
  /**
   * Workers started ahead (startChartWorkers); the renderer takes them over and stops them when
   * it closes (at once, when it draws in this thread).
   */
  readonly workers?: ChartWorkers | null;
}

/** Chart workers started before the charts are known (startChartWorkers). */
export interface ChartWorkers {
  readonly threads: number;
  /** The pool, for the renderer that takes the workers over. */
  readonly pool: Tinypool;
  /** Stops the workers (again: nothing). */
  stop(): Promise<void>;
}

/** Charts served on demand while the pool draws the rest. */
export interface ChartRenderer {
  /** The SVG of a job's key: from memory, the cache, or rendered now (ahead of the queue). */
  svg(key: string): Promise<string>;
  /**
   * Waits for every render and cache write and stops the workers. Counts the charts rendered and
   * those served from the cache (charts nobody asked for, in one thread, are neither).
   */
  close(): Promise<{ readonly rendered: number; readonly cached: number }>;
  /** Charts drawn so far, of those the cache did not hold (for progress). */
  progress(): { readonly done: number; readonly total: number };
}

/** Below this many misses per thread, starting workers (each loads Vega) costs more than it saves. */
const MIN_PER_THREAD = 4;
/**
 * Jobs handed to each worker at once. A worker draws them one after another (render-worker.ts)
 * and is handed the next only when this thread, busy with Astro's pages, gets to it: with a few
 * in hand, the workers sat idle a sixth of a 1,000-KPI build. Sixteen jobs (a KPI's chart and its
 * phone variant each) are ~0.4 s of drawing. A chart a page asks for before its turn still jumps
 * what has not been handed out.
 */
export const IN_FLIGHT_PER_THREAD = 16;
/**
 * Jobs sent to a worker in one task. A task has a cost of its own beyond its charts (tinypool
 * reads the worker's memory use after each, and two messages cross threads): eight jobs are
 * ~0.15 s of drawing, so the workers still end within a task of each other.
 */
const JOBS_PER_TASK = 8;
/** Jobs a worker may hold: as many as it is ever handed (the `ahead` of a build included). */
const TASKS_PER_WORKER = 1024;
/**
 * Heap limits of a render worker, in MB. V8 lets the old generation grow by a factor that rises
 * with its limit, up to 4× the live data at 2 GB: a render leaves little alive (~20–50 MB), so a
 * high limit means fewer full collections, not a big heap. Most of a render's garbage dies young:
 * a young generation of 128 MB collects it a quarter as often as 32 MB, and the 1,000-KPI
 * build's charts ended 12.6–12.8 s after its pages instead of 14.9–15.5 s (two builds each, in
 * turns, 2026-12-02), for ~100 MB more per worker.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 128 } as const;

/**
 * Starts `threads` chart workers now, before the charts are known, and has each draw a warm-up
 * chart (warm-up-chart.ts): while this thread reads the files and computes the model, on a core
 * it leaves idle, each worker loads Vega and compiles its code (the first chart of a cold worker
 * took ~1.3 s of a 1,000-KPI build). Null for one thread. Hand them to openChartRenderer, or stop
 * them: running workers keep the process alive. Worth it for a cold build, whose every chart the
 * workers draw; a rebuild draws the few charts that changed in its own thread.
 */
export function startChartWorkers(threads: number = availableParallelism()): ChartWorkers | null {
  if (threads <= 1) return null;
  const pool = workerPool(threads);
  const warm = JSON.stringify(warmUpDrawing());
  // One each (tinypool hands a task to the least busy worker); a failure shows in a real chart.
  const warmUps = Array.from({ length: threads }, () =>
    pool.run(warm, { name: 'warmUp' }).catch(() => undefined),
  );
  let stopped: Promise<void> | null = null;
  return {
    threads,
    pool,
    // Not while a worker warms up: Node 24 aborted the process (a fatal V8 check) when a worker
    // was terminated as it loaded Vega.
    stop: () => (stopped ??= Promise.all(warmUps).then(() => pool.destroy())),
  };
}

function workerPool(threads: number): Tinypool {
  return new Tinypool({
    // Compiled to lib/ for the package (Node will not strip types under node_modules).
    filename: new URL(
      import.meta.url.endsWith('.ts') ? './render-worker.ts' : './render-worker.js',
      import.meta.url,
    ).href,
    minThreads: threads,
    maxThreads: threads,
    // Renders wait in each worker and start the moment the one before is done, without a
    // round trip through this thread (busy with Astro's pages).
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    resourceLimits: WORKER_HEAP,
  });
}

/**
 * Starts rendering the jobs the cache does not hold, in order, in a tinypool of worker threads
 * (or, with one thread or few misses, in this thread when asked for). A key asked for before its
 * turn jumps the charts not yet handed to a worker (each worker holds IN_FLIGHT_PER_THREAD, drawn
 * in order), so pages that wait for a chart get it soon. Misses are stored in the
 * cache. The SVG of a key is the same bytes whichever thread drew it or whether it was cached.
 */
export async function openChartRenderer(
  jobs: readonly ChartJob[],
  options: RenderChartsOptions = {},
): Promise<ChartRenderer> {
  // Each key's job (the first job that draws it), and the jobs in order, each once.
  const jobOf = new Map<string, ChartJob>();
  const distinct: ChartJob[] = [];
  for (const job of jobs) {
    if (job.keys.every((key) => jobOf.has(key))) continue;
    distinct.push(job);
    for (const key of job.keys) if (!jobOf.has(key)) jobOf.set(key, job);
  }
  const cacheDir = options.cacheDir;
  const cache = cacheDir === undefined ? null : openChartCache(cacheDir);
  const inCache = cache === null ? new Set<string>() : await cache.keys();
  // A job is drawn when any of its charts is missing from the cache (and then draws them all).
  const queue = distinct.filter((job) => job.keys.some((key) => !inCache.has(key)));
  /** The charts those jobs draw (progress). */
  const missing = queue.reduce((n, job) => n + job.keys.length, 0);
  const workers = options.workers ?? null;
  const threads = Math.max(
    1,
    Math.min(
      options.threads ?? workers?.threads ?? availableParallelism(),
      Math.ceil(queue.length / MIN_PER_THREAD),
    ),
  );
  if (threads === 1) void workers?.stop();
  const pool = threads === 1 ? null : (workers?.pool ?? workerPool(threads));
  /** Each job's SVGs once it was started (drawn, or read from the cache), in its keys' order. */
  const started = new Map<ChartJob, Promise<readonly string[]>>();
  const writes: Promise<void>[] = [];
  let rendered = 0;
  let drawn = 0;
  let cached = 0;
  let failure: unknown = null;
  let inFlight = 0;
  const steady = threads * IN_FLIGHT_PER_THREAD;
  // Until a chart is asked for, nobody waits on the order: the queue may run ahead.
  let limit = Math.max(steady, options.ahead ?? 0);

  /**
   * Draws jobs in one task of the pool (or in this thread) and promises each job's SVGs apart.
   * Starts them: each is in `started` from here on.
   */
  const render = (jobs: readonly ChartJob[]): Promise<readonly (readonly string[])[]> => {
    let all: Promise<readonly (readonly string[])[]>;
    if (pool === null)
      // Vega is loaded only when this thread draws (workers load their own); renderWithShapes
      // draws one drawing at a time, in the order asked.
      all = import('./chart-shapes.ts').then((m) =>
        Promise.all(jobs.map((job) => m.renderWithShapes(job.drawing()))),
      );
    // As text, which copies across threads faster than objects; one text per drawing, which
    // the worker parses when that drawing's turn comes.
    else all = pool.run(jobs.map((job) => JSON.stringify(job.drawing()))) as Promise<string[][]>;
    jobs.forEach((job, i) => {
      rendered += job.keys.length;
      const svgs = all.then((out) => out[i]!);
      started.set(job, svgs);
      if (cache !== null)
        writes.push(
          svgs
            .then((out) => Promise.all(job.keys.map((key, k) => cache.put(key, out[k]!))))
            .then(
              () => undefined,
              () => undefined,
            ),
        );
      svgs.then(
        () => (drawn += job.keys.length),
        () => undefined,
      );
    });
    return all;
  };
  /** A job's SVGs: from the cache when it holds them all, else drawn. */
  const start = (job: ChartJob): Promise<readonly string[]> => {
    if (!job.keys.every((key) => inCache.has(key))) return render([job]).then((out) => out[0]!);
    const svgs = Promise.all(job.keys.map((key) => cache!.get(key))).then((out) => {
      if (out.some((s) => s === null)) return render([job]).then((drawn) => drawn[0]!); // removed since it was listed
      cached += job.keys.length;
      return out as string[];
    });
    started.set(job, svgs);
    return svgs;
  };
  // queue[next…] are the misses not handed to the pool yet; a job asked for early is skipped.
  let next = 0;
  const pump = () => {
    while (pool !== null && failure === null && inFlight < limit) {
      const batch: ChartJob[] = [];
      while (batch.length < JOBS_PER_TASK && inFlight + batch.length < limit) {
        while (next < queue.length && started.has(queue[next]!)) next++;
        if (next === queue.length) break;
        batch.push(queue[next++]!);
      }
      if (batch.length === 0) return;
      inFlight += batch.length;
      render(batch).then(
        () => {
          inFlight -= batch.length;
          pump();
        },
        (error: unknown) => {
          failure ??= error;
        },
      );
    }
  };
  pump();

  return {
    async svg(key) {
      limit = steady;
      const job = jobOf.get(key);
      if (job === undefined) throw new Error(`No chart with key ${key}`);
      // Ahead of the queue when not started yet (the queue skips it later).
      const svgs = await (started.get(job) ?? start(job));
      return svgs[job.keys.indexOf(key)]!;
    },
    progress() {
      return { done: drawn, total: Math.max(missing, rendered) };
    },
    async close() {
      try {
        await Promise.all(started.values());
        if (failure !== null) throw failure;
        await Promise.all(writes);
      } finally {
        await (workers === null || pool !== workers.pool ? pool?.destroy() : workers.stop());
      }
      started.clear(); // the SVGs are in the pages (and the cache) now
      return { rendered, cached };
    },
  };
}

/** Renders every job (misses only, when cached) and returns key → SVG: the whole set at once. */
export async function renderCharts(
  jobs: readonly ChartJob[],
  options: RenderChartsOptions = {},
): Promise<{ svgs: Map<string, string>; rendered: number; cached: number }> {
  const renderer = await openChartRenderer(jobs, options);
  const keys = [...new Set(jobs.flatMap((job) => job.keys))];
  const svgs = new Map<string, string>();
  const failed = await Promise.all(keys.map((key) => renderer.svg(key))).then(
    (out) => {
      keys.forEach((key, i) => svgs.set(key, out[i]!));
      return null;
    },
    (error: unknown) => error,
  );
  const counts = await renderer.close();
  if (failed !== null) throw failed;
  return { svgs, ...counts };
}
