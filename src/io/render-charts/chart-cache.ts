import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cachedKeys, writeFileAtomic } from '../file-cache.ts';

/** Rendered SVGs on disk, addressed by what produced them. */
export interface ChartCache {
  /** The keys the cache holds. */
  keys(): Promise<Set<string>>;
  /** The cached SVG of a key, or null when there is none. */
  get(key: string): Promise<string | null>;
  /** Stores an SVG under its key atomically (a temporary file renamed into place). */
  put(key: string, svg: string): Promise<void>;
}

/**
 * A content-addressed cache of rendered SVGs under `dir` (e.g.
 * `node_modules/.cache/plumbline/charts`), one `<key>.svg` file per chart. Keys are sha256 hex
 * digests of everything a chart is drawn from, the code and renderer included (chart-keys.ts),
 * so a cached SVG is byte-identical to a fresh render. Writes are atomic, so concurrent builds or
 * a killed build never leave a half-written file behind.
 */
export function openChartCache(dir: string): ChartCache {
  const file = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Not a chart cache key: ${key}`);
    return path.join(dir, `${key}.svg`);
  };
  return {
    keys: async () => new Set(await cachedKeys(dir, '.svg')),
    // Synchronous, as the build's other small files: a rebuild reads every chart of the site from
    // here, and the promise API costs several times the CPU per file.
    async get(key) {
      try {
        return readFileSync(file(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async put(key, svg) {
      writeFileAtomic(file(key), svg);
    },
  };
}
