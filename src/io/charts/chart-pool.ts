import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { TopLevelSpec } from 'vega-lite';
import { openChartCache } from './chart-cache.ts';
import { renderSvg } from './render-svg.ts';

/** One chart to render: the caller's key (e.g. a KPI id) and its spec. */
export interface ChartJob {
  readonly key: string;
  readonly spec: TopLevelSpec;
}

/** The SVGs by job key, and how many distinct specs were rendered or came from the cache. */
export interface RenderedCharts {
  readonly svgs: Map<string, string>;
  readonly rendered: number;
  readonly cached: number;
}

/** Where to cache and how many threads. */
export interface RenderChartsOptions {
  /** Cache folder; without it nothing is read or written. */
  readonly cacheDir?: string;
  /** Worker threads; 1 renders in this thread. Default: `os.availableParallelism()`. */
  readonly threads?: number;
}

/** Below this many misses per thread, starting workers (each loads Vega) costs more than it saves. */
const MIN_PER_THREAD = 4;
/** Batches per thread: enough to balance uneven charts, few enough to amortise messages. */
const BATCHES_PER_THREAD = 4;
const MAX_BATCH = 32;
/** Old-generation limit of a render worker, in MB. */
const WORKER_HEAP_MB = 384;

/**
 * Renders many charts to SVG: cache hits first, then the misses in a tinypool of worker threads
 * (in this thread when `threads` is 1 or there are few misses), in batches. Identical specs are
 * rendered once. Misses are stored in the cache. Returns key → SVG with the counts; the SVG of a
 * spec is the same bytes whichever thread rendered it or whether it came from the cache.
 */
export async function renderCharts(
  jobs: readonly ChartJob[],
  options: RenderChartsOptions = {},
): Promise<RenderedCharts> {
  const keys = new Set<string>();
  for (const job of jobs) {
    if (keys.has(job.key)) throw new Error(`Duplicate chart key: ${job.key}`);
    keys.add(job.key);
  }
  const cache = openChartCache(options.cacheDir ?? '');
  const hashes = jobs.map((job) => cache.keyOf(job.spec));
  const byHash = new Map<string, TopLevelSpec>(); // identical specs render once
  for (const [i, job] of jobs.entries())
    if (!byHash.has(hashes[i]!)) byHash.set(hashes[i]!, job.spec);
  const svgs = new Map<string, string>(); // by hash
  if (options.cacheDir !== undefined) {
    const hits = await Promise.all(
      [...byHash.keys()].map(async (h) => [h, await cache.get(h)] as const),
    );
    for (const [hash, svg] of hits) if (svg !== null) svgs.set(hash, svg);
  }
  const distinct = byHash.size;
  const misses = [...byHash.keys()].filter((h) => !svgs.has(h));
  const threads = Math.max(
    1,
    Math.min(options.threads ?? availableParallelism(), Math.ceil(misses.length / MIN_PER_THREAD)),
  );
  const store = async (hash: string, svg: string) => {
    svgs.set(hash, svg);
    if (options.cacheDir !== undefined) await cache.put(hash, svg);
  };
  if (threads === 1) {
    for (const hash of misses) await store(hash, await renderSvg(byHash.get(hash)!));
  } else {
    const size = Math.max(
      1,
      Math.min(MAX_BATCH, Math.ceil(misses.length / (threads * BATCHES_PER_THREAD))),
    );
    const pool = new Tinypool({
      // Compiled to lib/ for the package (Node will not strip types under node_modules).
      filename: new URL(
        import.meta.url.endsWith('.ts') ? './render-worker.ts' : './render-worker.js',
        import.meta.url,
      ).href,
      minThreads: threads,
      maxThreads: threads,
      // A small old generation makes each worker collect often instead of growing: the charts
      // are independent, so little survives a batch. Keeps a 1,000-KPI build under 2 GiB.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    try {
      const batches: string[][] = [];
      for (let i = 0; i < misses.length; i += size) batches.push(misses.slice(i, i + size));
      await Promise.all(
        batches.map(async (batch) => {
          const specs = batch.map((h) => byHash.get(h)!);
          for (const h of batch) byHash.delete(h); // the pool holds them now; free them once sent
          const out = (await pool.run(specs)) as string[];
          await Promise.all(batch.map((hash, i) => store(hash, out[i]!)));
        }),
      );
    } finally {
      await pool.destroy();
    }
  }
  const result = new Map<string, string>();
  for (const [i, job] of jobs.entries()) result.set(job.key, svgs.get(hashes[i]!)!);
  return { svgs: result, rendered: misses.length, cached: distinct - misses.length };
}
